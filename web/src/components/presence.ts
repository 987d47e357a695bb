/** Observers see `invisible` as offline, like Discord. */
export type Presence = 'online' | 'idle' | 'dnd' | 'offline';

export function presenceOf(status: string): Presence {
  return status === 'online' || status === 'idle' || status === 'dnd' ? status : 'offline';
}
