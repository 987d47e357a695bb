import { IconServer } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

/** System: this server's health, backlog and traffic at a glance, and how to scrape /metrics. */
export const feature = defineFeature({
  name: 'system',
  routes: [
    {
      path: 'system',
      permission: 'settings.manage',
      titleKey: 'titles.system',
      page: () => import('./routes/system-page').then((m) => m.SystemPage),
    },
  ],
  nav: { to: '/system', labelKey: 'nav.system', icon: IconServer, order: 88, permission: 'settings.manage' },
});
