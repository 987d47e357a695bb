import { defineFeature } from '@/lib/feature';

export const feature = defineFeature({
  name: 'auth',
  routes: [
    {
      path: 'login',
      public: true,
      titleKey: 'titles.login',
      page: () => import('./routes/login-page').then((m) => m.LoginPage),
    },
    {
      path: 'setup',
      public: true,
      titleKey: 'titles.setup',
      page: () => import('./routes/setup-page').then((m) => m.SetupPage),
    },
  ],
});
