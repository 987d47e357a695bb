import { IconLayoutDashboard } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'dashboard',
  routes: [
    {
      path: '',
      titleKey: 'titles.dashboard',
      page: () => import('./routes/dashboard-page').then((m) => m.DashboardPage),
    },
  ],
  nav: { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard, order: 0 },
});
