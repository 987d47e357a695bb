import { describe, expect, it } from 'vitest';
import { backoffDelay } from './live-connection';
import { FEED_LIMIT, PresenceStore } from './presence-store';
import type { LiveStatus, PresenceUpdate } from './types';

function p(user: string, status: LiveStatus, version: number, extra: Partial<PresenceUpdate> = {}): PresenceUpdate {
  return {
    type: 'presence.update',
    user_id: user,
    status,
    status_message: null,
    activity: null,
    client_status: {},
    last_seen_at: null,
    roles: [],
    version,
    ...extra,
  };
}

function synced(snapshot: PresenceUpdate[] = []) {
  const store = new PresenceStore(() => 1000);
  store.beginSync();
  store.applySnapshot(snapshot);
  return store;
}

describe('PresenceStore', () => {
  it('keeps an update only when its version is higher than the one held', () => {
    const store = synced([p('a', 'online', 5)]);
    store.applyEvents([p('a', 'idle', 4)]);
    expect(store.get('a')?.status).toBe('online');
    store.applyEvents([p('a', 'idle', 5)]);
    expect(store.get('a')?.status).toBe('online');
    store.applyEvents([p('a', 'dnd', 7), p('a', 'idle', 6)]);
    expect(store.get('a')?.status).toBe('dnd');
    expect(store.get('a')?.version).toBe(7);
  });

  it('draws an early snapshot read over HTTP until the live one replaces it, and never after', () => {
    const store = new PresenceStore(() => 1000);
    expect(store.onlineView().synced).toBe(false);
    store.applyEarlySnapshot([p('a', 'online', 3), p('b', 'idle', 4)]);
    expect(store.onlineView()).toMatchObject({ synced: true, online: [{ user_id: 'a' }, { user_id: 'b' }] });

    // The socket's subscribe was in flight: its events wait for its snapshot, which replaces the early one.
    store.beginSync();
    store.applyEvents([p('c', 'dnd', 9)]);
    expect(store.get('c')).toBeUndefined();
    store.applySnapshot([p('a', 'online', 5)]);
    expect(store.onlineView().online.map((x) => x.user_id)).toEqual(['a', 'c']);

    // An early answer that comes after the live snapshot is stale: dropped.
    store.applyEarlySnapshot([p('b', 'online', 2)]);
    expect(store.get('b')).toBeUndefined();
  });

  it('buffers events pushed before subscribe resolves and applies them on the snapshot by version', () => {
    const store = new PresenceStore();
    store.beginSync();
    store.applyEvents([p('a', 'dnd', 3), p('b', 'idle', 1), p('c', 'online', 9)]);
    expect(store.isSynced()).toBe(false);
    expect(store.get('a')).toBeUndefined();
    // The snapshot already covers b's event (version 2 > 1); a's event is newer than the snapshot.
    store.applySnapshot([p('a', 'online', 2), p('b', 'online', 2)]);
    expect(store.isSynced()).toBe(true);
    expect(store.get('a')?.status).toBe('dnd');
    expect(store.get('b')?.status).toBe('online');
    expect(store.get('c')?.status).toBe('online');
  });

  it('replaces the whole map with the snapshot on resync (absent users are offline)', () => {
    const store = synced([p('a', 'online', 5), p('b', 'idle', 3)]);
    store.markStale();
    store.beginSync();
    // After a server restart versions may start over: the snapshot wins regardless.
    store.applySnapshot([p('b', 'dnd', 1)]);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')?.status).toBe('dnd');
    expect(store.online().map((x) => x.user_id)).toEqual(['b']);
  });

  it('treats invisible and offline as not online', () => {
    const store = synced([p('a', 'online', 1), p('b', 'invisible', 1), p('c', 'offline', 1), p('d', 'idle', 1)]);
    expect(
      store
        .online()
        .map((x) => x.user_id)
        .sort(),
    ).toEqual(['a', 'd']);
  });

  it('records status, message and activity changes newest first, bounded, not from snapshots', () => {
    const store = synced([p('a', 'online', 1)]);
    expect(store.recentChanges()).toHaveLength(0);
    store.applyEvents([p('a', 'idle', 2)]);
    store.applyEvents([p('a', 'idle', 3, { status_message: 'Lunch' })]);
    store.applyEvents([p('a', 'idle', 4, { status_message: 'Lunch', activity: { name: 'Chess', type: 'playing' } })]);
    store.applyEvents([p('a', 'idle', 5, { status_message: 'Lunch', activity: { name: 'Chess', type: 'playing' } })]);
    expect(store.recentChanges().map((c) => c.kind)).toEqual(['activity', 'message', 'status']);
    for (let v = 6; v < 6 + FEED_LIMIT * 2; v++) store.applyEvents([p('b', v % 2 ? 'online' : 'offline', v)]);
    expect(store.recentChanges()).toHaveLength(FEED_LIMIT);
  });

  it('notifies listeners and bumps the revision on change only', () => {
    const store = synced([p('a', 'online', 2)]);
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.revision;
    store.applyEvents([p('a', 'idle', 1)]);
    expect(calls).toBe(0);
    store.applyEvents([p('a', 'idle', 3)]);
    expect(calls).toBe(1);
    expect(store.revision).toBe(before + 1);
    expect(store.onlineView()).toBe(store.onlineView());
  });

  it('forgets everything on reset', () => {
    const store = synced([p('a', 'online', 2)]);
    store.reset();
    expect(store.isSynced()).toBe(false);
    expect(store.get('a')).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('is full jitter under an exponential ceiling capped at 30 s, forever', () => {
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(50, () => 1)).toBe(30_000);
    expect(backoffDelay(1000, () => 0.5)).toBe(15_000);
    expect(backoffDelay(2, () => 0)).toBe(0);
  });
});
