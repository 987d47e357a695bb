import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPermissions } from '@/lib/api/types';

/** Effective permissions with the rule that decided each one. */
export function getUserPermissions(id: string, signal?: AbortSignal): Promise<UserPermissions> {
  return get<UserPermissions>(`/api/v1/users/${id}/permissions`, { explain: true }, signal);
}

export const userPermissionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['users', 'one', id, 'permissions'] as const,
    queryFn: ({ signal }) => getUserPermissions(id, signal),
  });

export function useUserPermissions(id: string) {
  return useQuery(userPermissionsQueryOptions(id));
}
