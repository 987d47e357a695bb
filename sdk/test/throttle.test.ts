import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "../src/throttle";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("fires at once, then folds a burst into one trailing call per interval", () => {
    const calls: number[] = [];
    const t = throttle(() => calls.push(Date.now()), 1000);
    t();
    for (let i = 0; i < 50; i++) t();
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(999);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    vi.advanceTimersByTime(5000);
    expect(calls).toHaveLength(2);
  });

  it("can be cancelled and have its interval changed", () => {
    let count = 0;
    const t = throttle(() => count++, 1000);
    t();
    t();
    t.cancel();
    vi.advanceTimersByTime(2000);
    expect(count).toBe(1);
    t.setInterval(10);
    t();
    expect(count).toBe(2);
  });
});
