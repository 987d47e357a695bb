import { IconUsersGroup } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'groups',
  routes: [
    {
      path: 'groups',
      permission: 'groups.manage',
      titleKey: 'titles.groups',
      page: () => import('./routes/groups-page').then((m) => m.GroupsPage),
    },
  ],
  nav: { to: '/groups', labelKey: 'nav.groups', icon: IconUsersGroup, order: 47, permission: 'groups.manage' },
});
