import { IconHistory } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'audit',
  routes: [
    {
      path: 'audit',
      permission: 'audit.read',
      titleKey: 'titles.audit',
      page: () => import('./routes/audit-page').then((m) => m.AuditPage),
    },
  ],
  nav: { to: '/audit', labelKey: 'nav.audit', icon: IconHistory, order: 40, permission: 'audit.read' },
});
