/**
 * Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff and Jitter"):
 * a random delay between 0 and min(cap, base * 2^attempt). Thousands of clients that lost the
 * server at the same moment come back spread out, never in lockstep.
 */
export interface BackoffOptions {
  /** First ceiling, in milliseconds. */
  baseMs: number;
  /** Largest ceiling, in milliseconds. */
  capMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 500, capMs: 30_000 };

export function fullJitterDelay(attempt: number, options: BackoffOptions = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
