import { IconChartLine } from '@tabler/icons-react';
import { lazy } from 'react';
import { defineFeature } from '@/lib/feature';

/** Analytics: the live page, and live cards on the dashboard (through its card slot). */
export const feature = defineFeature({
  name: 'analytics',
  routes: [
    {
      path: 'analytics',
      permission: 'analytics.read',
      titleKey: 'titles.analytics',
      page: () => import('./routes/analytics-page').then((m) => m.AnalyticsPage),
    },
  ],
  nav: { to: '/analytics', labelKey: 'nav.analytics', icon: IconChartLine, order: 15, permission: 'analytics.read' },
  dashboardCards: [
    {
      id: 'analytics',
      permission: 'analytics.read',
      component: lazy(() =>
        import('./components/dashboard-analytics-cards').then((m) => ({ default: m.DashboardAnalyticsCards })),
      ),
    },
  ],
});
