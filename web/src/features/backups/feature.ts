import { IconDatabaseExport } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

/** Backups: the scheduled backups of the database and keys, one taken now with its progress, and downloads. */
export const feature = defineFeature({
  name: 'backups',
  routes: [
    {
      path: 'backups',
      permission: 'settings.manage',
      titleKey: 'titles.backups',
      page: () => import('./routes/backups-page').then((m) => m.BackupsPage),
    },
  ],
  nav: { to: '/backups', labelKey: 'nav.backups', icon: IconDatabaseExport, order: 89, permission: 'settings.manage' },
});
