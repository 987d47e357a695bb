import { startTransition, useEffect, useState, type ReactNode } from 'react';

// Once the first frame is on screen, later mounts (another page, a remount) render at once.
let painted = false;

/**
 * Renders its children only after the page's first frame has painted, in a task of their own. For
 * what the first frame does not show (the closed command palette, the notifications' container, the
 * step-up dialog): on a cold load, React's first render compiles every function it calls, so each
 * hidden component rendered with the page delays the page's first paint (bench/web/README.md).
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    // The animation frame runs just before a paint; the timeout after it, once that frame is shown.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        startTransition(() => setReady(true));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready ? children : null;
}
