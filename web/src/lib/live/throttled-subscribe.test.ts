import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledSubscribe } from './throttled-subscribe';

function fakeStore() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    change: () => listeners.forEach((l) => l()),
    size: () => listeners.size,
  };
}

describe('throttledSubscribe', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs on the next task after a quiet spell, once for a burst of changes', () => {
    const store = fakeStore();
    const listener = vi.fn();
    throttledSubscribe(store.subscribe, 250)(listener);
    store.change();
    store.change();
    store.change();
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('runs at most once per interval while changes keep coming, and never drops the last one', () => {
    const store = fakeStore();
    const listener = vi.fn();
    throttledSubscribe(store.subscribe, 250)(listener);
    store.change();
    vi.advanceTimersByTime(0);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    store.change();
    vi.advanceTimersByTime(149);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(2);
    // After a quiet spell longer than the interval, the next change is shown at once again.
    vi.advanceTimersByTime(1_000);
    store.change();
    vi.advanceTimersByTime(0);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('stops listening and cancels a pending run when unsubscribed', () => {
    const store = fakeStore();
    const listener = vi.fn();
    const unsubscribe = throttledSubscribe(store.subscribe, 250)(listener);
    store.change();
    unsubscribe();
    vi.advanceTimersByTime(1_000);
    expect(listener).not.toHaveBeenCalled();
    expect(store.size()).toBe(0);
  });
});
