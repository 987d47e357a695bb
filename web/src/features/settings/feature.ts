import { IconSettings } from '@tabler/icons-react';
import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'settings',
  routes: [
    {
      path: 'settings',
      titleKey: 'titles.settings',
      page: () => import('./routes/settings-page').then((m) => m.SettingsPage),
    },
  ],
  nav: { to: '/settings', labelKey: 'nav.settings', icon: IconSettings, order: 90 },
});
