import { IconReportAnalytics } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'scheduled-reports',
  routes: [
    {
      path: 'scheduled-reports',
      permission: 'reports.schedule',
      titleKey: 'titles.scheduledReports',
      page: () => import('./routes/scheduled-reports-page').then((m) => m.ScheduledReportsPage),
    },
  ],
  nav: {
    to: '/scheduled-reports',
    labelKey: 'nav.scheduledReports',
    icon: IconReportAnalytics,
    order: 47,
    permission: 'reports.schedule',
  },
});
