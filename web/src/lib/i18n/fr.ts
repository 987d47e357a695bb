// French, every namespace: one chunk, loaded (and preloaded by boot.js) only when French is the UI language.
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

export const fr = {
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
} as const;
