import type * as SignalR from '@microsoft/signalr';
import type { PresenceUpdate } from './types';

/** A connected stand-in for SignalR: subscribe answers the snapshot below; pushed batches go through `fake.events`. */
const fake = vi.hoisted(() => ({
  events: undefined as ((batch: unknown) => void) | undefined,
  snapshot: [] as unknown[],
}));

vi.mock('@microsoft/signalr', async (original) => {
  const actual = await original<typeof SignalR>();
  const connection = {
    state: actual.HubConnectionState.Connected,
    on: (name: string, handler: (batch: unknown) => void) => {
      if (name === 'events') fake.events = handler;
    },
    onreconnecting: () => {},
    onreconnected: () => {},
    onclose: () => {},
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
    invoke: () => Promise.resolve({ topic: 'presence', version: 1, snapshot: fake.snapshot }),
  };
  class Builder {
    withUrl() {
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

const card = (id: string, name: string) => ({
  id,
  username: name.toLowerCase(),
  display_name: name,
  avatar_url: null,
  roles: [{ id: 'r1', name: 'Mods', color: '#ff0000', priority: 5, hoist: true }],
});
const update = (userId: string, version: number, user?: ReturnType<typeof card>): PresenceUpdate => ({
  type: 'presence.update',
  user_id: userId,
  status: 'online',
  status_message: null,
  activity: null,
  client_status: { web: 'online' },
  last_seen_at: null,
  roles: ['r1'],
  version,
  ...(user ? { user } : {}),
});

describe('LiveConnection and the names presence carries', () => {
  it('keeps the display data of the snapshot and of members joining before the list sees them, without asking for names', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    fake.snapshot = [update('a', 1, card('a', 'Ada')), update('b', 1)];
    const live = new LiveConnection();
    // What a list renders on each change of the store: the names must already be there.
    const seen: (string | undefined)[][] = [];
    live.store.subscribe(() => seen.push(live.store.online().map((p) => lookupUser(p.user_id)?.display_name)));
    live.start();
    await vi.waitFor(() => expect(live.getState()).toBe('connected'));
    expect(seen[0]).toEqual(['Ada', undefined]); // b came without display data (an observer without users.read)
    expect(lookupUser('a')?.roles[0]?.color).toBe('#ff0000');

    fake.events!({ topic: 'presence', events: [update('c', 2, card('c', 'Grace'))] });
    expect(seen.at(-1)).toEqual(['Ada', undefined, 'Grace']);
    expect(fetch).not.toHaveBeenCalled();
    live.stop();
  });
});
