type Subscribe = (listener: () => void) => () => void;

/**
 * A store subscription whose listener runs on the next task after a quiet spell, then at most once per
 * `intervalMs` however busy the store is. Leading, not trailing: on a cold load of Who's online the
 * presence snapshot is the change the page waits for, and a trailing throttle held it back a whole
 * interval before the list could render it.
 */
export function throttledSubscribe(subscribe: Subscribe, intervalMs: number, now: () => number = Date.now): Subscribe {
  return (listener) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRun = Number.NEGATIVE_INFINITY;
    const run = () => {
      timer = undefined;
      lastRun = now();
      listener();
    };
    const unsubscribe = subscribe(() => {
      // A macrotask even when due at once: a batch of changes applied together still renders once.
      timer ??= setTimeout(run, Math.max(0, lastRun + intervalMs - now()));
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  };
}
