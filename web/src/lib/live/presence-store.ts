import type { PresenceUpdate } from './types';

/** One line of the dashboard's live feed: what changed for whom, and when we saw it. */
export interface PresenceChange {
  id: number;
  user_id: string;
  kind: 'status' | 'message' | 'activity';
  update: PresenceUpdate;
  previous: PresenceUpdate | undefined;
  at: number;
}

export const FEED_LIMIT = 20;

/** Observers see `invisible` as offline, like Discord. */
export function isShownOnline(p: PresenceUpdate | undefined): boolean {
  return !!p && (p.status === 'online' || p.status === 'idle' || p.status === 'dnd');
}

/**
 * Live presence of every watched user: user_id → latest update, newest version wins.
 * While a (re)subscription is in flight, pushed events are buffered; the snapshot then replaces
 * the whole map (absent = offline) and the buffered events are applied on top by version.
 * Framework-free so it can be unit tested; React reads it through useSyncExternalStore.
 */
export class PresenceStore {
  private map = new Map<string, PresenceUpdate>();
  private buffer: PresenceUpdate[] | undefined;
  private listeners = new Set<() => void>();
  private feed: PresenceChange[] = [];
  private nextChangeId = 1;
  private synced = false;
  /** Bumped on every change, so snapshots of the store are cheap to compare. */
  revision = 0;

  constructor(private readonly now: () => number = Date.now) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getRevision = (): number => this.revision;

  /** True once a snapshot has been applied: from then on a user absent from the map is offline. */
  isSynced(): boolean {
    return this.synced;
  }

  get(userId: string): PresenceUpdate | undefined {
    return this.map.get(userId);
  }

  all(): PresenceUpdate[] {
    return [...this.map.values()];
  }

  online(): PresenceUpdate[] {
    return this.all().filter(isShownOnline);
  }

  private view: { revision: number; value: { synced: boolean; online: readonly PresenceUpdate[] } } | undefined;

  /** A stable object per revision (for useSyncExternalStore). */
  onlineView = (): { synced: boolean; online: readonly PresenceUpdate[] } => {
    if (this.view?.revision !== this.revision)
      this.view = { revision: this.revision, value: { synced: this.synced, online: this.online() } };
    return this.view.value;
  };

  recentChanges(): readonly PresenceChange[] {
    return this.feed;
  }

  /** A subscribe call is about to be sent: hold pushed events until its snapshot arrives. */
  beginSync(): void {
    this.buffer = [];
  }

  /** The subscribe call resolved: replace everything with the snapshot, then replay what was buffered. */
  applySnapshot(snapshot: readonly PresenceUpdate[]): void {
    const buffered = this.buffer ?? [];
    this.buffer = undefined;
    this.map = new Map(snapshot.map((p) => [p.user_id, p]));
    this.synced = true;
    for (const event of buffered) this.put(event, false);
    this.changed();
  }

  /**
   * A snapshot read over HTTP before the socket's (public/boot.js, on a cold load of Who's online):
   * drawn while no live snapshot has come, then replaced by it. Events are still held for that one.
   */
  applyEarlySnapshot(snapshot: readonly PresenceUpdate[]): void {
    if (this.synced) return;
    this.map = new Map(snapshot.map((p) => [p.user_id, p]));
    this.synced = true;
    this.changed();
  }

  /** A pushed batch: buffered while syncing, else applied by version. */
  applyEvents(events: readonly PresenceUpdate[]): void {
    if (this.buffer) {
      this.buffer.push(...events);
      return;
    }
    let any = false;
    for (const event of events) any = this.put(event, this.synced) || any;
    if (any) this.changed();
  }

  /** Signed out, forbidden or stopped: forget everything (lists fall back to the REST status). */
  reset(): void {
    this.map.clear();
    this.buffer = undefined;
    this.synced = false;
    this.feed = [];
    this.changed();
  }

  /** Connection lost: keep what we have on screen, but stop trusting it until the next snapshot. */
  markStale(): void {
    this.buffer = undefined;
  }

  private put(event: PresenceUpdate, record: boolean): boolean {
    const held = this.map.get(event.user_id);
    if (held && held.version >= event.version) return false;
    this.map.set(event.user_id, event);
    if (record) this.record(event, held);
    return true;
  }

  private record(update: PresenceUpdate, previous: PresenceUpdate | undefined): void {
    const shownBefore = isShownOnline(previous) ? previous!.status : 'offline';
    const shownNow = isShownOnline(update) ? update.status : 'offline';
    let kind: PresenceChange['kind'] | undefined;
    if (shownBefore !== shownNow) kind = 'status';
    else if (shownNow !== 'offline' && (update.activity?.name ?? null) !== (previous?.activity?.name ?? null))
      kind = 'activity';
    else if (shownNow !== 'offline' && (update.status_message ?? null) !== (previous?.status_message ?? null))
      kind = 'message';
    if (!kind) return;
    const change: PresenceChange = {
      id: this.nextChangeId++,
      user_id: update.user_id,
      kind,
      update,
      previous,
      at: this.now(),
    };
    this.feed = [change, ...this.feed].slice(0, FEED_LIMIT);
  }

  private changed(): void {
    this.revision++;
    this.listeners.forEach((l) => l());
  }
}
