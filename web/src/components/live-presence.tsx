import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { laterOf } from '@/lib/format';
import { RelativeTime } from './relative-time';
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

/**
 * "Last seen" that agrees with the live status: "now" while the member has a session (any
 * status but offline), else the later of what the stream said and what the REST row said (the
 * row is read once; a disconnect after it arrives only through the stream).
 */
export function LastSeen({
  userId,
  status,
  lastSeenAt,
}: {
  userId: string;
  status: string;
  lastSeenAt: string | null;
}) {
  const { t } = useTranslation();
  const live = useLivePresence(userId, { status });
  const presence = presenceOf(live?.status ?? status);
  if (presence !== 'offline') return <span data-testid="last-seen">{t('time.now')}</span>;
  return (
    <span data-testid="last-seen">
      <RelativeTime value={laterOf(live?.lastSeenAt, lastSeenAt)} />
    </span>
  );
}
