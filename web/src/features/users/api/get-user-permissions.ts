import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPermissions } from '@/lib/api/types';
import { userKeys } from '../keys';

/** Effective permissions with the rule that decided each one. */
export function getUserPermissions(id: string, signal?: AbortSignal): Promise<UserPermissions> {
  return get<UserPermissions>(`/api/v1/users/${id}/permissions`, { explain: true }, signal);
}

export const userPermissionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.permissions(id),
    queryFn: ({ signal }) => getUserPermissions(id, signal),
  });

export function useUserPermissions(id: string) {
  return useQuery(userPermissionsQueryOptions(id));
}
