import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { Me, Permission } from '@/lib/api/types';
import { sharedKeys } from '@/lib/api/keys';
import { restoredMember } from './session';

export const OWNER_RANK = 1001;

export function getMe(signal?: AbortSignal): Promise<Me> {
  return get<Me>('/api/v1/auth/me', undefined, signal);
}

/** Seeded by the session restore at load when it carried the member (one round trip fewer before the first page). */
export const meQueryOptions = () =>
  queryOptions({
    queryKey: sharedKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
    initialData: restoredMember,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** What the signed-in admin may do: permission checks and Discord's role hierarchy. */
export interface Access {
  me: Me;
  can: (permission: Permission) => boolean;
  /** Roles strictly below the admin's rank can be assigned and managed. */
  outranks: (priority: number) => boolean;
  /** The first permission in `grants` the admin does not hold (wildcards expanded by the caller), if any. */
  missing: (grants: readonly string[]) => string | undefined;
}

export function accessOf(me: Me): Access {
  const held = new Set<string>(me.permissions);
  const can = (permission: Permission) => held.has(permission);
  return {
    me,
    can,
    outranks: (priority) => priority < me.rank,
    missing: (grants) => grants.find((g) => !held.has(g)),
  };
}
