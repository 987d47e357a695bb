import { IconUsers } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

/** The server's Users feature; the page is called Members, as a community calls them. */
export const feature = defineFeature({
  name: 'users',
  routes: [
    {
      path: 'members',
      permission: 'users.read',
      titleKey: 'titles.members',
      page: () => import('./routes/members-page').then((m) => m.MembersPage),
    },
    {
      path: 'members/:id',
      permission: 'users.read',
      titleKey: 'titles.members',
      page: () => import('./routes/member-page').then((m) => m.MemberPage),
    },
  ],
  nav: { to: '/members', labelKey: 'nav.members', icon: IconUsers, order: 10, permission: 'users.read' },
});
