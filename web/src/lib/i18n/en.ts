// English, every namespace: one chunk, loaded (and preloaded by boot.js) only when English is the UI language.
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

export const en = {
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
} as const;
