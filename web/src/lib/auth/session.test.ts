import type { Me, TokenResponse } from '@/lib/api/types';
import { mockApi } from '@/testing/render';
import { endSession, getSession, restoreSession, restoredMember, startSession } from './session';

const me = { permissions: ['users.read'], rank: 10, session_id: 's1', user: { id: 'u1' } } as unknown as Me;
const tokens = (extra: Partial<TokenResponse> = {}): TokenResponse => ({
  access_token: 'boot-token',
  token_type: 'Bearer',
  expires_in: 900,
  refresh_token: null,
  ...extra,
});

describe('session restore at load', () => {
  afterEach(() => {
    endSession('signed-out');
    window.__gatehouseRestore = undefined;
  });

  it('takes the answer boot.js asked for, without a second refresh, and keeps the member it carried', async () => {
    window.__gatehouseRestore = Promise.resolve({ ok: true, tokens: tokens({ me }) });
    const { calls } = mockApi({});
    expect(await restoreSession()).toBe(true);
    expect(getSession()).toMatchObject({ status: 'authenticated', token: 'boot-token' });
    expect(restoredMember()).toBe(me);
    expect(calls).toHaveLength(0);
    // Taken once: a later restore asks the server itself.
    expect(window.__gatehouseRestore).toBeUndefined();
  });

  it('is anonymous when boot.js was refused, and forgets the member when the session ends or changes', async () => {
    window.__gatehouseRestore = Promise.resolve({ ok: false });
    expect(await restoreSession()).toBe(false);
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'none' });
    expect(restoredMember()).toBeUndefined();

    window.__gatehouseRestore = Promise.resolve({ ok: true, tokens: tokens({ me }) });
    await restoreSession();
    startSession(tokens({ access_token: 'signed-in-again' }));
    expect(restoredMember()).toBeUndefined();
  });

  it('refreshes through the API when boot.js did not run', async () => {
    const { calls } = mockApi({ 'POST /api/v1/auth/refresh': () => ({ body: tokens({ access_token: 'asked' }) }) });
    expect(await restoreSession()).toBe(true);
    expect(getSession()).toMatchObject({ status: 'authenticated', token: 'asked' });
    expect(calls.map((c) => c.url)).toEqual([expect.stringContaining('/api/v1/auth/refresh')]);
    expect(restoredMember()).toBeUndefined();
  });

  it('stays usable offline: a failed boot request leaves the visitor anonymous, not stuck restoring', async () => {
    vi.resetModules();
    const fresh = await import('./session'); // as at page load: still restoring
    expect(fresh.getSession()).toEqual({ status: 'restoring' });
    window.__gatehouseRestore = Promise.reject(new TypeError('Failed to fetch'));
    expect(await fresh.restoreSession()).toBe(false);
    expect(fresh.getSession()).toEqual({ status: 'anonymous', reason: 'none' });
  });
});
