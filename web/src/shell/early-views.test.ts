import type { PresenceUpdate } from '@/lib/live/types';
import { earlyViews } from './early-views';

const drawn = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock('@/features/presence/shell/early-online', () => ({
  drawEarlyOnline: (...args: unknown[]) => drawn.calls.push(args),
}));

const snapshot = [{ user_id: 'a', status: 'online' }] as PresenceUpdate[];
const context = { language: 'en', nonce: 'n0nce' };

beforeEach(() => {
  drawn.calls = [];
  window.__gatehouseAppStarted = undefined;
});

it("draws Who's online from boot.js's snapshot once it is in", async () => {
  window.__gatehouseOnline = Promise.resolve(snapshot);
  // Settled once drawn: the boot script starts the app's code then.
  await earlyViews.online!({ words: {} }, context);
  expect(drawn.calls).toEqual([[{ words: {} }, snapshot, context]]);
});

it('waits for the shell to be in #root when the snapshot comes first', async () => {
  window.__gatehouseOnline = Promise.resolve(snapshot);
  let place!: () => void;
  const placed = new Promise<void>((resolve) => (place = resolve));
  const withShell = { ...context, placed };
  const view = earlyViews.online!({ words: {} }, withShell);
  await window.__gatehouseOnline;
  await Promise.resolve();
  expect(drawn.calls).toHaveLength(0);
  place();
  await view;
  expect(drawn.calls).toEqual([[{ words: {} }, snapshot, withShell]]);
});

it("draws nothing once the app's code runs (its own first render is next), without a snapshot, or when it failed", async () => {
  let arrive!: (items: PresenceUpdate[] | null) => void;
  window.__gatehouseOnline = new Promise((resolve) => (arrive = resolve));
  const late = earlyViews.online!({}, context);
  window.__gatehouseAppStarted = true;
  arrive(snapshot);
  await late;

  window.__gatehouseAppStarted = undefined;
  window.__gatehouseOnline = Promise.resolve(null);
  await earlyViews.online!({}, context);

  window.__gatehouseOnline = undefined;
  // Nothing to wait for: the app's code may start at once.
  expect(earlyViews.online!({}, context)).toBeUndefined();
  expect(drawn.calls).toHaveLength(0);
});
