import { IconGavel } from '@tabler/icons-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { defineFeature } from '@/lib/feature';

/** Moderation: for now a tab on the member's profile (sanctions in force, history, warn/mute/kick/ban). */
export const feature = defineFeature({
  name: 'moderation',
  routes: [],
  memberTabs: [
    {
      value: 'moderation',
      useLabel: () => useTranslation('moderation').t('tab'),
      icon: IconGavel,
      permission: 'moderation.read',
      component: lazy(() =>
        import('./components/member-moderation-tab').then((m) => ({ default: m.MemberModerationTab })),
      ),
    },
  ],
});
