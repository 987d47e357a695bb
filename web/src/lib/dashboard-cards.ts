import { createContext, useContext } from 'react';
import type { DashboardCard } from './feature';

/** The dashboard cards that features contribute; the app provides them from every feature's declaration. */
export const DashboardCardsContext = createContext<readonly DashboardCard[]>([]);

export function useDashboardCards(): readonly DashboardCard[] {
  return useContext(DashboardCardsContext);
}
