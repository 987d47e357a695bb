/** The link people open: the panel's own origin, so it works wherever the panel is served. */
export function inviteLink(code: string): string {
  return `${window.location.origin}/invite/${code}`;
}
