import { IconShield } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'roles',
  routes: [
    {
      path: 'roles',
      permission: 'roles.read',
      titleKey: 'titles.roles',
      page: () => import('./routes/roles-page').then((m) => m.RolesPage),
    },
    {
      path: 'roles/:id',
      permission: 'roles.read',
      titleKey: 'titles.roles',
      page: () => import('./routes/role-page').then((m) => m.RolePage),
    },
  ],
  nav: { to: '/roles', labelKey: 'nav.roles', icon: IconShield, order: 30, permission: 'roles.read' },
});
