import { EARLY_VIEW_WAIT_MS, startAppScript } from '../../scripts/vite-route-preload';

// The boot script's last part (scripts/vite-route-preload.ts), run as the build ships it: it adds the app's module
// scripts, which index.html only preloads.
function startApp() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(`(${startAppScript})(["assets/rolldown-runtime.js", "assets/app.js"]);`) as () => void)();
}
const added = () => [...document.head.querySelectorAll('script[type=module]')].map((s) => s.getAttribute('src'));
// Lets every pending promise callback and timer run (the fake clock stands in for frames and tasks).
const settle = () => vi.runAllTimersAsync();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  document.head.innerHTML = '';
  window.__gatehouseEarlyView = undefined;
});
afterEach(() => vi.useRealTimers());

it('starts the app once the HTML is parsed when no early view is waiting', async () => {
  startApp();
  await settle();
  expect(added()).toEqual(['/assets/rolldown-runtime.js', '/assets/app.js']);
  expect(document.head.querySelector('script')!.crossOrigin).toBe('');
});

it('starts the app only after the early view is drawn, and after a frame for its paint', async () => {
  let draw!: () => void;
  window.__gatehouseEarlyView = new Promise<void>((resolve) => (draw = resolve));
  startApp();
  // Nearly a second (60 frames of the fake clock's 16 ms) without the view's data.
  await vi.advanceTimersByTimeAsync(960);
  expect(added()).toEqual([]);

  draw();
  // Drawn, not yet painted: the next frame (16 ms on the fake clock) comes first.
  await vi.advanceTimersByTimeAsync(10);
  expect(added()).toEqual([]);
  await vi.advanceTimersByTimeAsync(10);
  expect(added()).toEqual(['/assets/rolldown-runtime.js', '/assets/app.js']);
});

it("starts the app without the early view when the view's data is slow to come", async () => {
  window.__gatehouseEarlyView = new Promise<void>(() => {});
  startApp();
  await vi.advanceTimersByTimeAsync(EARLY_VIEW_WAIT_MS - 1);
  expect(added()).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(added()).toHaveLength(2);
});

it('starts the app when the early view failed', async () => {
  window.__gatehouseEarlyView = Promise.reject(new Error('boom'));
  startApp();
  await settle();
  expect(added()).toHaveLength(2);
});

it('waits for the parser when the HTML is still loading', async () => {
  const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  startApp();
  await settle();
  expect(added()).toEqual([]);

  state.mockReturnValue('interactive');
  document.dispatchEvent(new Event('DOMContentLoaded'));
  await settle();
  expect(added()).toHaveLength(2);
});
