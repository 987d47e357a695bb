import type { Role, RoleChip } from '@/lib/api/types';
import type { MemberCard } from '@/lib/live/user-directory';
import type { PresenceUpdate } from '@/lib/live/types';

export interface OnlineEntry {
  presence: PresenceUpdate;
  /** undefined while loading, null when the member is gone or not readable. */
  user: MemberCard | null | undefined;
}

export interface OnlineGroup {
  /** The hoisted role's id, or "online" for everyone else. */
  key: string;
  role: Pick<RoleChip, 'id' | 'name' | 'color' | 'priority'> | undefined;
  entries: OnlineEntry[];
}

export interface StatusCounts {
  online: number;
  idle: number;
  dnd: number;
}

export function countStatuses(presences: readonly PresenceUpdate[]): StatusCounts {
  const counts: StatusCounts = { online: 0, idle: 0, dnd: 0 };
  for (const p of presences) if (p.status === 'online' || p.status === 'idle' || p.status === 'dnd') counts[p.status]++;
  return counts;
}

/**
 * Discord's member list: each online member under their highest-priority hoisted role, then
 * "Online" for the rest; groups by role priority, members by display name. Which roles a member
 * holds comes from their latest presence event (a role change is a presence change, so the list
 * regroups at once); what a role looks like comes from /roles (renames and colours are current),
 * or from the member's chips when /roles is not readable.
 */
export function groupOnline(
  presences: readonly PresenceUpdate[],
  lookup: (id: string) => MemberCard | null | undefined,
  roles: readonly Role[] | undefined,
  collator: Intl.Collator = new Intl.Collator(),
): OnlineGroup[] {
  const current = new Map((roles ?? []).map((r) => [r.id, r]));
  const groups = new Map<string, OnlineGroup>();
  const rest: OnlineGroup = { key: 'online', role: undefined, entries: [] };
  for (const presence of presences) {
    const user = lookup(presence.user_id);
    let top: OnlineGroup['role'];
    const chips = user?.roles ?? [];
    for (const id of presence.roles) {
      const role = current.get(id) ?? (roles ? undefined : chips.find((c) => c.id === id));
      if (!role?.hoist) continue;
      if (!top || role.priority > top.priority)
        top = { id: role.id, name: role.name, color: role.color, priority: role.priority };
    }
    const group = top ? (groups.get(top.id) ?? { key: top.id, role: top, entries: [] }) : rest;
    if (top) groups.set(top.id, group);
    group.entries.push({ presence, user });
  }
  const name = (e: OnlineEntry) => e.user?.display_name ?? e.user?.username ?? e.presence.user_id;
  const ordered = [...groups.values()].sort((a, b) => b.role!.priority - a.role!.priority);
  if (rest.entries.length > 0) ordered.push(rest);
  for (const g of ordered) g.entries.sort((a, b) => collator.compare(name(a), name(b)));
  return ordered;
}

export interface OnlineFilter {
  /** Matched against display name and username, case- and accent-insensitively; empty matches all. */
  query: string;
  /** Only members holding this role (by id); undefined for everyone. */
  roleId: string | undefined;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * Narrows the online list as the admin types or picks a role. A member whose name has not loaded
 * yet cannot match a search (it shows once the name arrives); the role comes with the presence.
 */
export function filterOnline(
  presences: readonly PresenceUpdate[],
  lookup: (id: string) => MemberCard | null | undefined,
  { query, roleId }: OnlineFilter,
): readonly PresenceUpdate[] {
  const needle = fold(query.trim());
  if (!needle && !roleId) return presences;
  return presences.filter((p) => {
    if (roleId && !p.roles.includes(roleId)) return false;
    if (!needle) return true;
    const user = lookup(p.user_id);
    return !!user && (fold(user.display_name).includes(needle) || fold(user.username).includes(needle));
  });
}
