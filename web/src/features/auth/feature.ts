import { IconShieldLock } from '@tabler/icons-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
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
    {
      path: 'reset-password',
      public: true,
      titleKey: 'titles.resetPassword',
      page: () => import('./routes/reset-password-page').then((m) => m.ResetPasswordPage),
    },
    {
      path: 'confirm-email',
      public: true,
      titleKey: 'titles.confirmEmail',
      page: () => import('./routes/confirm-email-page').then((m) => m.ConfirmEmailPage),
    },
    {
      path: 'security/sso-providers',
      permission: 'settings.manage',
      titleKey: 'titles.ssoProviders',
      page: () => import('./routes/sso-providers-page').then((m) => m.SsoProvidersPage),
    },
    {
      path: 'security',
      titleKey: 'titles.security',
      page: () => import('./routes/security-page').then((m) => m.SecurityPage),
    },
  ],
  nav: { to: '/security', labelKey: 'nav.security', icon: IconShieldLock, order: 85 },
  memberTabs: [
    {
      value: 'security',
      useLabel: () => useTranslation('security').t('member.tab'),
      icon: IconShieldLock,
      permission: 'users.read',
      component: lazy(() => import('./components/member-security-tab').then((m) => ({ default: m.MemberSecurityTab }))),
    },
  ],
});
