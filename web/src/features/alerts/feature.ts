import { IconBellRinging } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'alerts',
  routes: [
    {
      path: 'alerts',
      permission: 'alerts.manage',
      titleKey: 'titles.alerts',
      page: () => import('./routes/alerts-page').then((m) => m.AlertsPage),
    },
  ],
  nav: { to: '/alerts', labelKey: 'nav.alerts', icon: IconBellRinging, order: 45, permission: 'alerts.manage' },
});
