import { IconTicket } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'invites',
  routes: [
    {
      path: 'invites',
      permission: 'invites.manage',
      titleKey: 'titles.invites',
      page: () => import('./routes/invites-page').then((m) => m.InvitesPage),
    },
    {
      // The link people receive: open without an account.
      path: 'invite/:code',
      public: true,
      titleKey: 'titles.invite',
      page: () => import('./routes/invite-landing-page').then((m) => m.InviteLandingPage),
    },
  ],
  nav: { to: '/invites', labelKey: 'nav.invites', icon: IconTicket, order: 57, permission: 'invites.manage' },
});
