import { IconShieldLock } from '@tabler/icons-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { defineFeature } from '@/lib/feature';

/** Privacy (GDPR): the register, retention and consent texts, and export / erase on a member's profile. */
export const feature = defineFeature({
  name: 'privacy',
  routes: [
    {
      path: 'privacy',
      permission: 'privacy.manage',
      titleKey: 'titles.privacy',
      page: () => import('./routes/privacy-page').then((m) => m.PrivacyPage),
    },
  ],
  nav: { to: '/privacy', labelKey: 'nav.privacy', icon: IconShieldLock, order: 45, permission: 'privacy.manage' },
  memberTabs: [
    {
      value: 'privacy',
      useLabel: () => useTranslation('privacy').t('tab'),
      icon: IconShieldLock,
      permission: 'privacy.manage',
      component: lazy(() => import('./components/member-privacy-tab').then((m) => ({ default: m.MemberPrivacyTab }))),
    },
  ],
});
