/**
 * What the panel shows. The server sends `invisible` only to viewers holding presence.see_invisible
 * (others get `offline`, like Discord), so when it arrives it is shown as such, not folded into offline.
 */
export type Presence = 'online' | 'idle' | 'dnd' | 'invisible' | 'offline';

export function presenceOf(status: string): Presence {
  return status === 'online' || status === 'idle' || status === 'dnd' || status === 'invisible' ? status : 'offline';
}
