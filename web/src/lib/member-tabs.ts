import { createContext, useContext } from 'react';
import type { MemberMenuItems, MemberTab } from './feature';

/** The profile tabs that features contribute; the app provides them from every feature's declaration. */
export const MemberTabsContext = createContext<readonly MemberTab[]>([]);

export function useMemberTabs(): readonly MemberTab[] {
  return useContext(MemberTabsContext);
}

/** The members-list menu items that features contribute, provided the same way. */
export const MemberMenuItemsContext = createContext<readonly MemberMenuItems[]>([]);

export function useMemberMenuItems(): readonly MemberMenuItems[] {
  return useContext(MemberMenuItemsContext);
}
