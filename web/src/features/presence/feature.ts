import { IconBroadcast } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

/** The server's Presence feature; the page is called Who's online. */
export const feature = defineFeature({
  name: 'presence',
  routes: [
    {
      path: 'online',
      permission: 'presence.read',
      titleKey: 'titles.online',
      page: () => import('./routes/online-page').then((m) => m.OnlinePage),
    },
  ],
  nav: { to: '/online', labelKey: 'nav.online', icon: IconBroadcast, order: 20, permission: 'presence.read' },
});
