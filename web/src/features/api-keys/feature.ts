import { IconKey } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'api-keys',
  routes: [
    {
      path: 'api-keys',
      permission: 'apikeys.manage',
      titleKey: 'titles.apiKeys',
      page: () => import('./routes/api-keys-page').then((m) => m.ApiKeysPage),
    },
  ],
  nav: { to: '/api-keys', labelKey: 'nav.apiKeys', icon: IconKey, order: 55, permission: 'apikeys.manage' },
});
