import { useState } from 'react';

/**
 * True from the first time `opened` is true on: a closed dialog is then not rendered at all until it
 * is first asked for (its form, queries and inputs stay off the page's first render), and stays
 * rendered after, so closing still plays its transition.
 */
export function useOpenedOnce(opened: boolean): boolean {
  const [once, setOnce] = useState(opened);
  if (opened && !once) setOnce(true);
  return once || opened;
}
