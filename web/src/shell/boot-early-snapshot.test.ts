import bootScript from '../../public/boot.js?raw';

// public/boot.js's early presence snapshot for a cold Who's online, as the browser runs the script: the session's
// restore, which carries Who's online's first page when the member may read it, is answered by a stubbed fetch.
type Page = { items: { user_id: string }[]; next_cursor: string | null };

function serve(online?: Page) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      asked.push(url);
      const body = { access_token: 'token-1', expires_in: 900, me: {}, ...(online ? { included: { online } } : {}) };
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

it('asks for everyone online in the session restore itself, one request, and hands the named page over', async () => {
  const asked = serve({ items: [{ user_id: 'u1' }, { user_id: 'u2' }], next_cursor: null });
  runBoot();
  expect(await window.__gatehouseOnline).toEqual([{ user_id: 'u1' }, { user_id: 'u2' }]);
  expect(asked).toEqual(['/api/v1/auth/refresh?include=me,online']);
});

it('leaves a community larger than one page to the socket: only whole snapshots are handed over', async () => {
  serve({ items: [{ user_id: 'u1' }], next_cursor: 'c1' });
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();
});

it('hands nothing over when the answer leaves the page out (a member who may not read it) or the session is gone', async () => {
  serve();
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();

  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('{}', { status: 401 }))),
  );
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();

  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
  runBoot();
  expect(await window.__gatehouseOnline).toBeNull();
});

it('asks for the member alone on other pages', async () => {
  window.history.replaceState(null, '', '/members');
  const asked = serve({ items: [], next_cursor: null });
  runBoot();
  await window.__gatehouseRestore;
  expect(window.__gatehouseOnline).toBeUndefined();
  expect(asked).toEqual(['/api/v1/auth/refresh?include=me']);
});
