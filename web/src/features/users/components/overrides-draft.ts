import type { PermissionState } from '@/components/tri-state';
import { expandGrants } from '@/lib/api/list-permissions';
import type { UpdateUserRequest, User } from '@/lib/api/types';

/** A member's overrides as the tri-state editor shows them: wildcards written on the member expanded to names. */
export function overridesOf(member: Pick<User, 'allow_overrides' | 'deny_overrides'>, catalogue: readonly string[]) {
  return {
    allow: expandGrants(member.allow_overrides ?? [], catalogue),
    deny: expandGrants(member.deny_overrides ?? [], catalogue),
  } satisfies PermissionState;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** The PATCH body for what changed: only a list that changed is sent, so one left alone keeps what was written (wildcards too). */
export function overrideChanges(base: PermissionState, draft: PermissionState): UpdateUserRequest {
  const out: UpdateUserRequest = {};
  if (!sameSet(base.allow, draft.allow)) out.allow_overrides = [...draft.allow].sort();
  if (!sameSet(base.deny, draft.deny)) out.deny_overrides = [...draft.deny].sort();
  return out;
}

/** The admin's edits re-applied on a newer version: each permission they changed takes their value, the rest follows the new version. */
export function rebaseOverrides(
  base: PermissionState,
  draft: PermissionState,
  latest: PermissionState,
): PermissionState {
  const allow = new Set(latest.allow);
  const deny = new Set(latest.deny);
  for (const p of new Set([...base.allow, ...base.deny, ...draft.allow, ...draft.deny])) {
    const was = base.deny.has(p) ? 'deny' : base.allow.has(p) ? 'allow' : 'inherit';
    const now = draft.deny.has(p) ? 'deny' : draft.allow.has(p) ? 'allow' : 'inherit';
    if (was === now) continue;
    allow.delete(p);
    deny.delete(p);
    if (now === 'allow') allow.add(p);
    if (now === 'deny') deny.add(p);
  }
  return { allow, deny };
}
