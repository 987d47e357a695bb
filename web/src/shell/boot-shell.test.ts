import { matchScript } from '../../scripts/vite-route-preload';
import { shellScript } from '../../scripts/vite-shell';
import { PAGE_SLOT, PRERENDER_NONCE, SHELL_ATTRIBUTE } from './markers';
import type { PrerenderedRoute } from './prerender';

// The boot script's shell part (scripts/vite-shell.ts), run as the build ships it, on a page whose
// #root the parser has not made yet, as in the <head> where boot.js runs.
const frame = (lng: string, scheme: string) =>
  `<style nonce="${PRERENDER_NONCE}" ${SHELL_ATTRIBUTE}>.x{}</style><div ${SHELL_ATTRIBUTE} inert data-frame="${lng}-${scheme}"><main>${PAGE_SLOT}</main></div>`;
const route = (path: string, heading: Record<string, string>): PrerenderedRoute => ({
  path,
  public: false,
  shells: Object.fromEntries(
    ['en', 'fr'].flatMap((l) =>
      ['dark', 'light'].map((s) => [`${l}-${s}`, { frame: frame(l, s), page: `<h1>${heading[l]}</h1>` }]),
    ),
  ) as PrerenderedRoute['shells'],
});
const routes = [
  route('online', { en: "Who's online", fr: 'Qui est en ligne' }),
  route('members/:id', { en: 'M', fr: 'M' }),
];

// The early views' bundle, replaced by one that records its calls (src/shell/early-views.ts is tested on its own).
const earlyScript = 'var earlyViews = { online: function (t, c) { window.__earlyCalls.push([t, c]); } };';
routes[0]!.early = { en: { words: 'en' }, fr: { words: 'fr' } };

function boot(language: string) {
  const early = { script: earlyScript, css: (r: PrerenderedRoute) => (r.path === 'online' ? '.page{}' : '') };
  const script = `var language = ${JSON.stringify(language)}; var match = (${matchScript});${shellScript(routes, (r) => (r.path === 'online' ? '.frame{}' : ''), early)}`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(script) as () => void)();
}

declare global {
  interface Window {
    __earlyCalls: [unknown, { language: string; nonce: string; css: HTMLStyleElement; placed: Promise<void> }][];
  }
}

beforeEach(() => {
  window.__earlyCalls = [];
  document.head.innerHTML = '<meta name="csp-nonce" content="n0nce">';
  document.body.innerHTML = '';
  localStorage.clear();
  window.history.replaceState(null, '', '/online');
});

// The parser is done: the shell's observer lets go of #root (each test's page is parsed anew).
afterEach(() => document.dispatchEvent(new Event('readystatechange')));

it("puts the address's shell in #root as the parser makes it, in place of the splash", async () => {
  localStorage.setItem('gatehouse.color-scheme', 'light');
  boot('fr');
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  root.innerHTML = '<div class="gh-splash">Gatehouse</div>';
  await Promise.resolve();
  expect(root.querySelector('h1')).toHaveTextContent('Qui est en ligne');
  expect(root.querySelector('[data-frame]')).toHaveAttribute('data-frame', 'fr-light');
  expect(root.querySelector('.gh-splash')).toBeNull();
  expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(document.documentElement.lang).toBe('fr');
  // The page's own nonce on every style, and the route's CSS with them.
  const styles = [...root.querySelectorAll('style')];
  expect(styles.map((s) => s.getAttribute('nonce'))).toEqual(['n0nce', 'n0nce']);
  expect(styles[0]).toHaveTextContent('.frame{}');
});

it('leaves the splash where no route has a shell', async () => {
  window.history.replaceState(null, '', '/no/such/page');
  boot('en');
  document.body.innerHTML = '<div id="root"><div class="gh-splash">Gatehouse</div></div>';
  await Promise.resolve();
  expect(document.querySelector('.gh-splash')).not.toBeNull();
});

it('lets go of #root once the HTML is parsed: what the app renders there stays', async () => {
  boot('en');
  document.body.innerHTML = '<div id="root"></div>';
  await Promise.resolve();
  expect(document.querySelector('h1')).toHaveTextContent("Who's online");
  document.dispatchEvent(new Event('readystatechange'));
  const root = document.getElementById('root')!;
  root.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'App' }));
  await Promise.resolve();
  expect(root).toHaveTextContent(/^App$/);
});

it("hands the route's early view its templates in the UI language, the nonce and the page's CSS", () => {
  boot('fr');
  expect(window.__earlyCalls).toHaveLength(1);
  const [templates, context] = window.__earlyCalls[0]!;
  expect(templates).toEqual({ words: 'fr' });
  expect(context.language).toBe('fr');
  expect(context.nonce).toBe('n0nce');
  expect(context.css.nonce).toBe('n0nce');
  expect(context.css).toHaveAttribute(SHELL_ATTRIBUTE);
  expect(context.css.textContent).toBe('.page{}');
});

it('calls no early view on a route without one', () => {
  window.history.replaceState(null, '', '/members/42');
  boot('en');
  expect(window.__earlyCalls).toHaveLength(0);
});

it('tells the early view once the shell is in #root, or once the HTML is parsed without one', async () => {
  const watch = (promise: Promise<void>) => {
    const state = { settled: false };
    void promise.then(() => (state.settled = true));
    return state;
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  boot('en');
  const placed = watch(window.__earlyCalls[0]![1].placed);
  await flush();
  expect(placed.settled).toBe(false);
  document.body.innerHTML = '<div id="root"></div>';
  await flush();
  expect(placed.settled).toBe(true);

  window.__earlyCalls = [];
  document.body.innerHTML = '';
  boot('en');
  const parsed = watch(window.__earlyCalls[0]![1].placed);
  await flush();
  expect(parsed.settled).toBe(false);
  document.dispatchEvent(new Event('readystatechange'));
  await flush();
  expect(parsed.settled).toBe(true);
});
