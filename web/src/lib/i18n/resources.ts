import enAlerts from '@/locales/en/alerts.json';
import enGroups from '@/locales/en/groups.json';
import enScheduledReports from '@/locales/en/scheduled-reports.json';
import enAnalytics from '@/locales/en/analytics.json';
import enApiKeys from '@/locales/en/api-keys.json';
import enAudit from '@/locales/en/audit.json';
import enBackups from '@/locales/en/backups.json';
import enAuth from '@/locales/en/auth.json';
import enCommon from '@/locales/en/common.json';
import enDashboard from '@/locales/en/dashboard.json';
import enImports from '@/locales/en/imports.json';
import enInvites from '@/locales/en/invites.json';
import enLive from '@/locales/en/live.json';
import enMembers from '@/locales/en/members.json';
import enModeration from '@/locales/en/moderation.json';
import enPrivacy from '@/locales/en/privacy.json';
import enSystem from '@/locales/en/system.json';
import enRoles from '@/locales/en/roles.json';
import enSettings from '@/locales/en/settings.json';
import enSecurity from '@/locales/en/security.json';
import enWebhooks from '@/locales/en/webhooks.json';
import frAlerts from '@/locales/fr/alerts.json';
import frGroups from '@/locales/fr/groups.json';
import frScheduledReports from '@/locales/fr/scheduled-reports.json';
import frAnalytics from '@/locales/fr/analytics.json';
import frApiKeys from '@/locales/fr/api-keys.json';
import frAudit from '@/locales/fr/audit.json';
import frBackups from '@/locales/fr/backups.json';
import frAuth from '@/locales/fr/auth.json';
import frCommon from '@/locales/fr/common.json';
import frDashboard from '@/locales/fr/dashboard.json';
import frImports from '@/locales/fr/imports.json';
import frInvites from '@/locales/fr/invites.json';
import frLive from '@/locales/fr/live.json';
import frMembers from '@/locales/fr/members.json';
import frModeration from '@/locales/fr/moderation.json';
import frPrivacy from '@/locales/fr/privacy.json';
import frSystem from '@/locales/fr/system.json';
import frRoles from '@/locales/fr/roles.json';
import frSettings from '@/locales/fr/settings.json';
import frSecurity from '@/locales/fr/security.json';
import frWebhooks from '@/locales/fr/webhooks.json';

export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    members: enMembers,
    roles: enRoles,
    audit: enAudit,
    dashboard: enDashboard,
    settings: enSettings,
    live: enLive,
    webhooks: enWebhooks,
    apiKeys: enApiKeys,
    moderation: enModeration,
    security: enSecurity,
    alerts: enAlerts,
    groups: enGroups,
    'scheduled-reports': enScheduledReports,
    analytics: enAnalytics,
    imports: enImports,
    invites: enInvites,
    privacy: enPrivacy,
    system: enSystem,
    backups: enBackups,
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    members: frMembers,
    roles: frRoles,
    audit: frAudit,
    dashboard: frDashboard,
    settings: frSettings,
    live: frLive,
    webhooks: frWebhooks,
    apiKeys: frApiKeys,
    moderation: frModeration,
    security: frSecurity,
    alerts: frAlerts,
    groups: frGroups,
    'scheduled-reports': frScheduledReports,
    analytics: frAnalytics,
    imports: frImports,
    invites: frInvites,
    privacy: frPrivacy,
    system: frSystem,
    backups: frBackups,
  },
} as const;

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];
