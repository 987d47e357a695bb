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
  earlyViews.online!({ words: {} }, context);
  await window.__gatehouseOnline;
  expect(drawn.calls).toEqual([[{ words: {} }, snapshot, context]]);
});

it("draws nothing once the app's code runs (its own first render is next), without a snapshot, or when it failed", async () => {
  let arrive!: (items: PresenceUpdate[] | null) => void;
  window.__gatehouseOnline = new Promise((resolve) => (arrive = resolve));
  earlyViews.online!({}, context);
  window.__gatehouseAppStarted = true;
  arrive(snapshot);
  await window.__gatehouseOnline;

  window.__gatehouseAppStarted = undefined;
  window.__gatehouseOnline = Promise.resolve(null);
  earlyViews.online!({}, context);
  await window.__gatehouseOnline;

  window.__gatehouseOnline = undefined;
  earlyViews.online!({}, context);
  expect(drawn.calls).toHaveLength(0);
});
