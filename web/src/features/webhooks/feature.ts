import { IconWebhook } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'webhooks',
  routes: [
    {
      path: 'webhooks',
      permission: 'webhooks.manage',
      titleKey: 'titles.webhooks',
      page: () => import('./routes/webhooks-page').then((m) => m.WebhooksPage),
    },
  ],
  nav: { to: '/webhooks', labelKey: 'nav.webhooks', icon: IconWebhook, order: 50, permission: 'webhooks.manage' },
});
