import { useEffect, useSyncExternalStore } from 'react';
import { accessOf } from '@/lib/auth/get-me';
import { getSession, restoredMember, subscribeSession } from '@/lib/auth/session';
import { useAccess } from '@/lib/auth/use-access';
import { liveConnection } from './live-connection';
import { isShownOnline, type PresenceChange } from './presence-store';
import { throttledSubscribe } from './throttled-subscribe';
import type { ConnectionState, LiveStatus, PresenceUpdate } from './types';
import { requestUsers } from './user-directory';

const store = liveConnection.store;

/** At most one re-render per this many ms however busy the stream is (a big community sends many batches). */
const RENDER_INTERVAL_MS = 250;

const subscribeThrottled = throttledSubscribe(store.subscribe, RENDER_INTERVAL_MS);

/** Starts the session's live connection while the signed-in admin holds presence.read. */
export function useLiveConnectionLifecycle(): void {
  const access = useAccess();
  const allowed = access?.can('presence.read') ?? false;
  useEffect(() => {
    if (!allowed) return;
    liveConnection.start();
    return () => liveConnection.stop();
  }, [allowed]);
}

/**
 * On a load of a signed-in page, connects as soon as the session restore says the admin may watch
 * presence, instead of from the frame's effect (which runs once the frame and the page have both
 * rendered): the hub's snapshot is what Who's online waits for. The lifecycle above owns the
 * connection from its first render (start is idempotent) and stops it when the frame goes.
 */
export function startLiveConnectionEarly(): void {
  const go = () => {
    const me = restoredMember();
    if (me && accessOf(me).can('presence.read')) liveConnection.start();
  };
  if (getSession().status !== 'restoring') return go();
  const unsubscribe = subscribeSession(() => {
    if (getSession().status === 'restoring') return;
    unsubscribe();
    go();
  });
}

export function useLiveConnectionState(): ConnectionState {
  // The third getter serves the build's prerender (src/shell), which renders on the server.
  return useSyncExternalStore(liveConnection.subscribeState, liveConnection.getState, liveConnection.getState);
}

/**
 * While the live connection is lost: when it was lost (what is on screen is as of then), and a way
 * to retry at once. Undefined while connected (or never connected, where nothing live is shown).
 */
export function useLiveStaleness(): { since: number; retryNow: () => void } | undefined {
  const state = useLiveConnectionState();
  const since = liveConnection.getLostAt();
  if ((state !== 'reconnecting' && state !== 'disconnected') || since === undefined) return undefined;
  return { since, retryNow: () => liveConnection.retryNow() };
}

function useRevision(): number {
  return useSyncExternalStore(subscribeThrottled, store.getRevision, store.getRevision);
}

export interface LivePresence {
  status: LiveStatus;
  statusMessage: string | null;
  activity: PresenceUpdate['activity'];
  /** The last moment the user had a live session, as the stream last said (undefined for the REST fallback). */
  lastSeenAt?: string | null;
  /** True when the value comes from the live stream, false when it is the REST fallback. */
  live: boolean;
}

/**
 * A user's live presence; falls back to what the REST row said (`fallback`) until the live store has
 * synced. Once synced, a user missing from the store is offline (the snapshot holds everyone else).
 */
export function useLivePresence(
  userId: string | undefined,
  fallback?: { status?: string; status_message?: string | null },
): LivePresence | undefined {
  useRevision();
  const held = userId ? store.get(userId) : undefined;
  if (userId && store.isSynced()) {
    return held ? fromStream(held) : { status: 'offline', statusMessage: null, activity: null, live: true };
  }
  if (held) return fromStream(held);
  if (fallback?.status === undefined) return undefined;
  return {
    status: fallback.status as LiveStatus,
    statusMessage: fallback.status_message ?? null,
    activity: null,
    live: false,
  };
}

function fromStream(held: PresenceUpdate): LivePresence {
  return {
    status: held.status,
    statusMessage: held.status_message,
    activity: held.activity,
    lastSeenAt: held.last_seen_at,
    live: true,
  };
}

/** Everyone shown online (online, idle, dnd) right now, and whether the store has synced yet. */
export function useOnlinePresences(): { synced: boolean; online: readonly PresenceUpdate[] } {
  return useSyncExternalStore(subscribeThrottled, store.onlineView, store.onlineView);
}

/**
 * Asks the user directory for the names of everyone online as soon as the stream says who they are
 * (the snapshot, then each change), not once the throttled list has re-rendered: on a cold load of
 * Who's online the names are what the page waits for last.
 */
export function useOnlineNamesEarly(): void {
  useEffect(() => {
    const ask = () => requestUsers(store.onlineView().online.map((p) => p.user_id));
    ask();
    return store.subscribe(ask);
  }, []);
}

/** The latest presence changes, newest first (bounded). */
export function usePresenceFeed(): readonly PresenceChange[] {
  useRevision();
  return store.recentChanges();
}

export { isShownOnline };
