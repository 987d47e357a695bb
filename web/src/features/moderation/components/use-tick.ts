import { useEffect, useState } from 'react';

/** The current time, re-read every `ms`: SLA countdowns tick by the second while the queue is open. */
export function useTick(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
