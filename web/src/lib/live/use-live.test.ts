import type { Me, TokenResponse } from '@/lib/api/types';

const tokens = (permissions: string[]): TokenResponse => ({
  access_token: 't',
  token_type: 'Bearer',
  expires_in: 900,
  refresh_token: null,
  me: { permissions, rank: 10, session_id: 's1', user: { id: 'u1' } } as unknown as Me,
});

// A fresh copy of the session and the connection per test: at page load, the session is still restoring.
async function load() {
  vi.resetModules();
  const session = await import('@/lib/auth/session');
  const live = await import('./use-live');
  const { liveConnection } = await import('./live-connection');
  const start = vi.spyOn(liveConnection, 'start').mockImplementation(() => undefined);
  return { session, live, start };
}

describe('starting the live connection early on a cold load', () => {
  afterEach(() => {
    window.__gatehouseRestore = undefined;
  });

  it('connects once the restore says the admin may watch presence, not before', async () => {
    const { session, live, start } = await load();
    let answer!: (value: { ok: boolean; tokens: TokenResponse }) => void;
    window.__gatehouseRestore = new Promise((resolve) => (answer = resolve));
    const restored = session.restoreSession();
    live.startLiveConnectionEarly();
    expect(start).not.toHaveBeenCalled();
    answer({ ok: true, tokens: tokens(['presence.read']) });
    await restored;
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not connect for an admin without presence.read, nor for a visitor who is not signed in', async () => {
    const first = await load();
    window.__gatehouseRestore = Promise.resolve({ ok: true, tokens: tokens(['users.read']) });
    await first.session.restoreSession();
    first.live.startLiveConnectionEarly();
    expect(first.start).not.toHaveBeenCalled();

    const second = await load();
    window.__gatehouseRestore = Promise.resolve({ ok: false });
    second.live.startLiveConnectionEarly();
    await second.session.restoreSession();
    expect(second.start).not.toHaveBeenCalled();
  });
});
