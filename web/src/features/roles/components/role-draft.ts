import type { Role, UpdateRoleRequest } from '@/lib/api/types';
import { expandGrants } from '@/lib/api/list-permissions';
import type { PermissionState } from '@/components/tri-state';

export interface RoleDraft {
  name: string;
  description: string;
  color: string;
  hoist: boolean;
  inherits: string[];
  permissions: PermissionState;
}

export function draftOf(role: Role, catalogue: readonly string[]): RoleDraft {
  return {
    name: role.name,
    description: role.description ?? '',
    color: role.color ?? '',
    hoist: role.hoist,
    inherits: [...role.inherits],
    permissions: {
      allow: expandGrants(role.permissions, catalogue),
      deny: expandGrants(role.denied_permissions, catalogue),
    },
  };
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const sorted = (s: Set<string>) => [...s].sort();

/**
 * The PATCH body for what changed. Permission lists are sent as concrete names: a role that held
 * a wildcard (`users.*`) keeps it until its permissions are edited.
 */
export function roleChanges(base: RoleDraft, draft: RoleDraft): UpdateRoleRequest {
  const out: UpdateRoleRequest = {};
  if (draft.name.trim() !== base.name) out.name = draft.name.trim();
  if (draft.description !== base.description) out.description = draft.description;
  if (draft.color !== base.color) out.color = draft.color;
  if (draft.hoist !== base.hoist) out.hoist = draft.hoist;
  if (JSON.stringify([...draft.inherits].sort()) !== JSON.stringify([...base.inherits].sort()))
    out.inherits = draft.inherits;
  if (!sameSet(draft.permissions.allow, base.permissions.allow)) out.permissions = sorted(draft.permissions.allow);
  if (!sameSet(draft.permissions.deny, base.permissions.deny)) out.denied_permissions = sorted(draft.permissions.deny);
  return out;
}
