import {
  IconBroadcast,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconSettings,
  IconShield,
  IconUsers,
  IconWebhook,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.dashboard'
    | 'nav.members'
    | 'nav.roles'
    | 'nav.audit'
    | 'nav.settings'
    | 'nav.online'
    | 'nav.webhooks'
    | 'nav.apiKeys';
  icon: Icon;
  /** The permission the page needs; pages without one are open to every admin. */
  permission?: string;
}

export const navItems: NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: IconLayoutDashboard },
  { to: '/members', labelKey: 'nav.members', icon: IconUsers, permission: 'users.read' },
  { to: '/online', labelKey: 'nav.online', icon: IconBroadcast, permission: 'presence.read' },
  { to: '/roles', labelKey: 'nav.roles', icon: IconShield, permission: 'roles.read' },
  { to: '/audit', labelKey: 'nav.audit', icon: IconHistory, permission: 'audit.read' },
  { to: '/webhooks', labelKey: 'nav.webhooks', icon: IconWebhook, permission: 'webhooks.manage' },
  { to: '/api-keys', labelKey: 'nav.apiKeys', icon: IconKey, permission: 'apikeys.manage' },
  { to: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];
