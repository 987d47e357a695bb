import { describe, expect, it } from "vitest";
import { fullJitterDelay } from "../src/backoff";

describe("fullJitterDelay", () => {
  it("stays between 0 and the exponential ceiling", () => {
    const options = { baseMs: 100, capMs: 10_000 };
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(10_000, 100 * 2 ** attempt);
      expect(fullJitterDelay(attempt, options, () => 0)).toBe(0);
      expect(fullJitterDelay(attempt, options, () => 0.999999)).toBe(Math.floor(0.999999 * ceiling));
    }
  });

  it("never exceeds the cap, even after very many attempts", () => {
    expect(fullJitterDelay(10_000, { baseMs: 500, capMs: 30_000 }, () => 0.999999)).toBeLessThan(30_000);
  });

  it("spreads simultaneous clients instead of moving them in lockstep", () => {
    const delays = new Set(Array.from({ length: 200 }, () => fullJitterDelay(6)));
    expect(delays.size).toBeGreaterThan(150);
  });
});
