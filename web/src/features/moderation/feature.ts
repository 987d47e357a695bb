import { IconFlag, IconGavel } from '@tabler/icons-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { defineFeature } from '@/lib/feature';
import { MemberQuickActions } from './components/member-quick-actions';

/** Moderation: the report queue (and its dashboard card), the moderation log, and a tab on the member's profile (warn/mute/kick/ban). */
export const feature = defineFeature({
  name: 'moderation',
  routes: [
    {
      path: 'reports',
      permission: 'reports.manage',
      titleKey: 'titles.reports',
      page: () => import('./routes/reports-page').then((m) => m.ReportsPage),
    },
    {
      path: 'moderation-log',
      permission: 'moderation.read',
      titleKey: 'titles.moderationLog',
      page: () => import('./routes/moderation-log-page').then((m) => m.ModerationLogPage),
    },
  ],
  nav: { to: '/reports', labelKey: 'nav.reports', icon: IconFlag, order: 25, permission: 'reports.manage' },
  dashboardCards: [
    {
      id: 'reports',
      permission: 'reports.manage',
      component: lazy(() =>
        import('./components/dashboard-reports-card').then((m) => ({ default: m.DashboardReportsCard })),
      ),
    },
  ],
  memberMenuItems: [
    {
      permission: 'moderation.warn',
      // Small and shown in a menu (no Suspense there): loaded with the app, not lazily.
      component: MemberQuickActions,
    },
  ],
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
