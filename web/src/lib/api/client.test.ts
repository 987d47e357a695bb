import { endSession, getSession, startSession } from '@/lib/auth/session';
import { mockApi } from '@/testing/render';
import { request } from './client';
import { ApiError } from './problem';

describe('API client', () => {
  afterEach(() => endSession('signed-out'));

  it('sends the bearer token, the UI language and an idempotency key on writes', async () => {
    startSession({ access_token: 'tok-1', token_type: 'Bearer', expires_in: 900, refresh_token: null });
    const { calls } = mockApi({
      'POST /api/v1/users': () => ({ status: 201, body: { id: 'u1' }, headers: { ETag: '"1"' } }),
    });
    const answer = await request('POST', '/api/v1/users', { body: { username: 'ada' } });
    const sent = calls[0]!;
    expect(sent.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(sent.headers.get('Accept-Language')).toBe('en');
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.etag).toBe(1);
  });

  it('renews the access token once after a 401 and replays the request with the same idempotency key', async () => {
    startSession({ access_token: 'expired', token_type: 'Bearer', expires_in: 900, refresh_token: null });
    let attempts = 0;
    const { calls } = mockApi({
      'POST /api/v1/auth/refresh': () => ({
        body: { access_token: 'fresh', token_type: 'Bearer', expires_in: 900, refresh_token: null },
      }),
      'POST /api/v1/roles': (r) =>
        ++attempts === 1 || r.headers.get('Authorization') !== 'Bearer fresh'
          ? { status: 401, body: { status: 401, type: 'https://gatehouse.dev/problems/unauthorized' } }
          : { status: 201, body: { id: 'r1' } },
    });
    const answer = await request<{ id: string }>('POST', '/api/v1/roles', { body: { name: 'x' } });
    expect(answer.data.id).toBe('r1');
    const writes = calls.filter((c) => c.url.endsWith('/api/v1/roles'));
    expect(writes).toHaveLength(2);
    expect(writes[0]!.headers.get('Idempotency-Key')).toBe(writes[1]!.headers.get('Idempotency-Key'));
  });

  it('ends the session when the refresh cookie is no longer accepted', async () => {
    startSession({ access_token: 'expired', token_type: 'Bearer', expires_in: 900, refresh_token: null });
    mockApi({
      'POST /api/v1/auth/refresh': () => ({
        status: 401,
        body: { status: 401, type: 'https://gatehouse.dev/problems/session-expired' },
      }),
      'GET /api/v1/roles': () => ({ status: 401, body: { status: 401 } }),
    });
    await expect(request('GET', '/api/v1/roles')).rejects.toBeInstanceOf(ApiError);
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('exposes field errors and the problem kind', async () => {
    mockApi({
      'POST /api/v1/users': () => ({
        status: 400,
        body: { status: 400, type: 'https://gatehouse.dev/problems/validation', errors: { email: ['Not an e-mail.'] } },
      }),
    });
    const error = await request('POST', '/api/v1/users', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('validation');
    expect((error as ApiError).fieldErrors).toEqual({ email: 'Not an e-mail.' });
  });
});
