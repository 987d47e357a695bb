import i18n from 'i18next';
import type { Permission, Role, User } from '@/lib/api/types';
import { expandGrants } from '@/lib/api/list-permissions';
import { OWNER_RANK, type Access } from '@/lib/auth/get-me';

const t = () => i18n.getFixedT(null, 'members');

/** A member's rank: their highest role's priority (the owner outranks everyone). */
export function memberRank(user: Pick<User, 'is_owner' | 'roles'>): number {
  if (user.is_owner) return OWNER_RANK;
  return user.roles.reduce((max, r) => Math.max(max, r.priority), -1);
}

/** Why the admin may not act on this member, or undefined when they may (Discord's hierarchy). */
export function actOnMemberReason(access: Access, user: User): string | undefined {
  if (user.is_owner && access.me.rank !== OWNER_RANK) return t()('reasons.owner');
  if (user.id === access.me.user.id) return undefined;
  if (memberRank(user) >= access.me.rank) return t()('reasons.outranks');
  return undefined;
}

/** Why the admin may not give or take away this role, or undefined when they may. */
export function assignRoleReason(access: Access, role: Role, catalogue: readonly string[]): string | undefined {
  if (!access.can('roles.assign')) return t()('reasons.needPermission', { permission: 'roles.assign' });
  if (!access.outranks(role.priority)) return t()('reasons.roleAbove', { role: role.name });
  const missing = access.missing([...expandGrants(role.permissions, catalogue)]);
  if (missing) return t()('reasons.grantMissing', { permission: missing });
  return undefined;
}

export function permissionReason(access: Access, permission: Permission): string | undefined {
  return access.can(permission) ? undefined : t()('reasons.needPermission', { permission });
}
