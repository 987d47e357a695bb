/**
 * Calls `action` at most once per `intervalMs`: the first call goes through at once, later
 * calls within the interval are folded into one trailing call at its end. Interaction events
 * fire hundreds of times a second; the server needs one activity ping per heartbeat.
 */
export interface Throttled {
  (): void;
  cancel(): void;
  setInterval(ms: number): void;
}

export function throttle(action: () => void, intervalMs: number, now: () => number = Date.now): Throttled {
  let interval = intervalMs;
  let last = Number.NEGATIVE_INFINITY;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    pending = undefined;
    last = now();
    action();
  };

  const throttled = (() => {
    const wait = last + interval - now();
    if (wait <= 0) fire();
    else pending ??= setTimeout(fire, wait);
  }) as Throttled;
  throttled.cancel = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
  };
  throttled.setInterval = (ms: number) => {
    interval = ms;
  };
  return throttled;
}
