import { HubConnectionState } from '@microsoft/signalr';
import type * as SignalR from '@microsoft/signalr';
import type { PresenceUpdate } from './types';

/** A stand-in for SignalR's connection: start() fails until told otherwise; subscribe returns an empty snapshot. */
interface Handlers {
  reconnecting?: () => void;
  reconnected?: () => void;
  close?: () => void;
}

const fake = vi.hoisted(() => {
  const handlers: Handlers = {};
  return { starts: 0, failStart: true, state: 'Disconnected', handlers, skipped: [] as boolean[] };
});

vi.mock('@microsoft/signalr', async (original) => {
  const actual = await original<typeof SignalR>();
  const connection = {
    get state() {
      return fake.state;
    },
    on: () => {},
    onreconnecting: (h: () => void) => (fake.handlers.reconnecting = h),
    onreconnected: (h: () => void) => (fake.handlers.reconnected = h),
    onclose: (h: () => void) => (fake.handlers.close = h),
    start: () => {
      fake.starts++;
      if (fake.failStart) return Promise.reject(new Error('refused'));
      fake.state = actual.HubConnectionState.Connected;
      return Promise.resolve();
    },
    stop: () => {
      fake.state = actual.HubConnectionState.Disconnected;
      fake.handlers.close?.();
      return Promise.resolve();
    },
    invoke: () => Promise.resolve({ topic: 'presence', version: 1, snapshot: [] }),
  };
  class Builder {
    withUrl(_url: string, options: { skipNegotiation?: boolean }) {
      fake.skipped.push(options.skipNegotiation ?? false);
      return this;
    }
    withAutomaticReconnect() {
      return this;
    }
    configureLogging() {
      return this;
    }
    build() {
      return connection;
    }
  }
  return { ...actual, HubConnectionBuilder: Builder };
});

const { LiveConnection } = await import('./live-connection');
const { lookupUser } = await import('./user-directory');

const card = { id: 'u1', username: 'ada', display_name: 'Ada', avatar_url: null, roles: [] };
const online: PresenceUpdate = {
  type: 'presence.update',
  user_id: 'u1',
  status: 'online',
  status_message: null,
  activity: null,
  client_status: {},
  last_seen_at: null,
  roles: [],
  version: 3,
  user: card,
};

describe('LiveConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Object.assign(fake, {
      starts: 0,
      failStart: true,
      state: HubConnectionState.Disconnected,
      handlers: {},
      skipped: [],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('remembers since when it is lost, retries at once when asked, and forgets it once back', async () => {
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    const live = new LiveConnection();
    live.start();
    await vi.waitFor(() => expect(live.getState()).toBe('disconnected'));
    expect(live.getLostAt()).toBeGreaterThanOrEqual(Date.parse('2026-12-02T10:00:00Z'));
    expect(live.getLostAt()).toBeLessThan(Date.parse('2026-12-02T10:00:01Z'));

    vi.setSystemTime(new Date('2026-12-02T10:00:05Z'));
    fake.failStart = false;
    // vi.waitFor advances fake timers, so a backoff retry may already have run: count from here.
    const startsBefore = fake.starts;
    live.retryNow(); // no waiting for the backoff timer
    expect(fake.starts).toBe(startsBefore + 1);
    await vi.waitFor(() => expect(live.getState()).toBe('connected'));
    expect(live.getLostAt()).toBeUndefined();
    live.stop();
  });

  it('keeps the first moment of a loss while it goes on retrying', async () => {
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    const live = new LiveConnection();
    live.start();
    await vi.waitFor(() => expect(live.getState()).toBe('disconnected'));
    const lostAt = live.getLostAt();
    vi.setSystemTime(new Date('2026-12-02T10:01:00Z'));
    live.retryNow();
    expect(live.getState()).toBe('reconnecting');
    await vi.waitFor(() => expect(live.getState()).toBe('disconnected'));
    expect(fake.starts).toBeGreaterThanOrEqual(2); // the retry, and maybe already the next backoff step
    expect(live.getLostAt()).toBe(lostAt);
    live.stop();
  });

  it('stops a connection SignalR is still reconnecting, so it starts afresh with the shortest wait', async () => {
    fake.failStart = false;
    const live = new LiveConnection();
    live.start();
    await vi.waitFor(() => expect(live.getState()).toBe('connected'));
    fake.state = HubConnectionState.Reconnecting;
    fake.handlers.reconnecting?.();
    expect(live.getState()).toBe('reconnecting');

    live.retryNow();
    await vi.advanceTimersByTimeAsync(500); // the first backoff step is at most 500 ms
    await vi.waitFor(() => expect(live.getState()).toBe('connected'));
    expect(fake.starts).toBe(2);
    live.stop();
  });

  it("draws Who's online from boot.js's early snapshot, named, while the socket is not up yet, and takes it once", async () => {
    window.__gatehouseOnline = Promise.resolve([online]);
    const live = new LiveConnection();
    live.takeEarlySnapshot();
    expect(window.__gatehouseOnline).toBeUndefined();
    live.start();
    await vi.waitFor(() => expect(live.store.onlineView().online.map((p) => p.user_id)).toEqual(['u1']));
    expect(live.store.onlineView().synced).toBe(true);
    expect(lookupUser('u1')?.display_name).toBe('Ada');
    live.stop();
  });

  it('drops an early snapshot that answers after the connection was stopped (signed out)', async () => {
    let answer!: (snapshot: PresenceUpdate[]) => void;
    window.__gatehouseOnline = new Promise((resolve) => (answer = resolve));
    const live = new LiveConnection();
    live.takeEarlySnapshot();
    live.start();
    live.stop();
    answer([online]);
    await vi.advanceTimersByTimeAsync(0);
    expect(live.store.onlineView()).toMatchObject({ synced: false, online: [] });
  });

  it('opens a WebSocket without negotiating first, and negotiates (SSE and long polling possible) once that fails', async () => {
    fake.failStart = false;
    const direct = new LiveConnection();
    direct.start();
    await vi.waitFor(() => expect(direct.getState()).toBe('connected'));
    expect(fake.skipped).toEqual([true]);
    direct.stop();

    Object.assign(fake, { starts: 0, failStart: true, skipped: [] });
    const refused = new LiveConnection();
    refused.start();
    await vi.waitFor(() => expect(refused.getState()).toBe('disconnected'));
    // The direct attempt, then at once (no backoff) one that negotiates; later retries keep negotiating.
    expect(fake.skipped.slice(0, 2)).toEqual([true, false]);
    expect(fake.starts).toBeGreaterThanOrEqual(2);
    fake.failStart = false;
    refused.retryNow();
    await vi.waitFor(() => expect(refused.getState()).toBe('connected'));
    expect(fake.skipped.slice(2)).not.toContain(true);
    refused.stop();
  });
});
