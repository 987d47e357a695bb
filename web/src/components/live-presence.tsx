import type { ReactNode } from 'react';
import { useLivePresence, type LivePresence } from '@/lib/live/use-live';
import { presenceOf, type Presence } from './presence';

interface LivePresenceValueProps {
  userId: string;
  /** What the REST row said; shown until the live store has synced. */
  status: string;
  statusMessage?: string | null;
  children: (presence: Presence, live: LivePresence | undefined) => ReactNode;
}

/** Renders a user's live presence (invisible shows as offline) where a hook cannot be called, e.g. in a row map. */
export function LivePresenceValue({ userId, status, statusMessage, children }: LivePresenceValueProps) {
  const live = useLivePresence(userId, { status, status_message: statusMessage ?? null });
  return <>{children(presenceOf(live?.status ?? status), live)}</>;
}
