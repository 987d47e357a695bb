import i18n from 'i18next';
import type { Role } from '@/lib/api/types';
import type { Access } from '@/lib/auth/get-me';

/** Why the admin may not edit, move or delete this role, or undefined when they may. */
export function manageRoleReason(access: Access, role: Pick<Role, 'name' | 'priority'>): string | undefined {
  const t = i18n.getFixedT(null, 'roles');
  if (!access.can('roles.manage')) return t('reasons.needPermission', { permission: 'roles.manage' });
  if (!access.outranks(role.priority)) return t('reasons.above', { role: role.name, rank: access.me.rank });
  return undefined;
}
