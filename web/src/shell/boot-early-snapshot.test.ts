import bootScript from '../../public/boot.js?raw';

// public/boot.js's early presence snapshot for a cold Who's online, as the browser runs the script: the session's
// restore and the presence pages are answered by a stubbed fetch.
type Page = { items: { user_id: string }[]; next_cursor: string | null };

function serve(permissions: string[], pages: Page[]) {
  const asked: { url: string; authorization?: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      asked.push({ url, authorization: (init?.headers as Record<string, string> | undefined)?.Authorization });
      const body = url.startsWith('/api/v1/auth/refresh')
        ? { access_token: 'token-1', expires_in: 900, me: { permissions } }
        : pages.shift();
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    }),
  );
  return asked;
}

function runBoot() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(bootScript) as () => void)();
}

beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', () => 1);
  window.history.replaceState(null, '', '/online');
  window.__gatehouseOnline = undefined;
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

it('asks for everyone online, named, in one page of up to 1,000 once the session is back', async () => {
  const asked = serve(
    ['presence.read', 'users.read'],
    [{ items: [{ user_id: 'u1' }, { user_id: 'u2' }], next_cursor: null }],
  );
  runBoot();
  expect(await window.__gatehouseOnline).toEqual([{ user_id: 'u1' }, { user_id: 'u2' }]);
  expect(asked.slice(1)).toEqual([
    { url: '/api/v1/presence?exclude_offline=true&include=user&limit=1000', authorization: 'Bearer token-1' },
  ]);
});

it('follows the cursor of a community larger than a page, and gives up to the socket after four pages', async () => {
  const page = (n: number, next: string | null): Page => ({ items: [{ user_id: `u${n}` }], next_cursor: next });
  const asked = serve(['presence.read', 'users.read'], [page(1, 'c1'), page(2, null)]);
  runBoot();
  expect(await window.__gatehouseOnline).toEqual([{ user_id: 'u1' }, { user_id: 'u2' }]);
  expect(asked[2]?.url).toBe('/api/v1/presence?exclude_offline=true&include=user&limit=1000&cursor=c1');

  serve(['presence.read', 'users.read'], [page(1, 'a'), page(2, 'b'), page(3, 'c'), page(4, 'd')]);
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();
});

it('asks nothing without both presence.read and users.read', async () => {
  const asked = serve(['presence.read'], []);
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();
  expect(asked.map((a) => a.url)).toEqual(['/api/v1/auth/refresh?include=me']);
});
