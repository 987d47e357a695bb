import { createContext, useContext } from 'react';
import type { MemberTab } from './feature';

/** The profile tabs that features contribute; the app provides them from every feature's declaration. */
export const MemberTabsContext = createContext<readonly MemberTab[]>([]);

export function useMemberTabs(): readonly MemberTab[] {
  return useContext(MemberTabsContext);
}
