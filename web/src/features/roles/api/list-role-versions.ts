import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { RoleVersion } from '@/lib/api/types';
import { roleKeys } from '../keys';

/** Every version of a role, newest first, each with its diff from the previous one. */
export function listRoleVersions(id: string, signal?: AbortSignal): Promise<RoleVersion[]> {
  return get<RoleVersion[]>(`/api/v1/roles/${id}/versions`, undefined, signal);
}

export const roleVersionsQueryOptions = (id: string) =>
  queryOptions({ queryKey: roleKeys.versions(id), queryFn: ({ signal }) => listRoleVersions(id, signal) });

export function useRoleVersions(id: string) {
  return useQuery(roleVersionsQueryOptions(id));
}
