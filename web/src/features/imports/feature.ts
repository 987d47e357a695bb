import { defineFeature } from '@/lib/feature';

/** The server's Imports feature: members brought in from a CSV or JSON file, reached from the Members page. */
export const feature = defineFeature({
  name: 'imports',
  routes: [
    {
      path: 'members/import',
      permission: 'users.import',
      titleKey: 'titles.import',
      page: () => import('./routes/import-page').then((m) => m.ImportPage),
    },
  ],
});
