export type Tri = 'allow' | 'inherit' | 'deny';

export interface PermissionState {
  allow: Set<string>;
  deny: Set<string>;
}

export function triOf(state: PermissionState, permission: string): Tri {
  if (state.deny.has(permission)) return 'deny';
  if (state.allow.has(permission)) return 'allow';
  return 'inherit';
}

export function setTri(state: PermissionState, permission: string, value: Tri): PermissionState {
  const allow = new Set(state.allow);
  const deny = new Set(state.deny);
  allow.delete(permission);
  deny.delete(permission);
  if (value === 'allow') allow.add(permission);
  if (value === 'deny') deny.add(permission);
  return { allow, deny };
}
