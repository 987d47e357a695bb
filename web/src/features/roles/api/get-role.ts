import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { Role } from '@/lib/api/types';
import { roleKeys } from '../keys';

export function getRole(id: string, signal?: AbortSignal): Promise<Role> {
  return get<Role>(`/api/v1/roles/${encodeURIComponent(id)}`, undefined, signal);
}

export const roleQueryOptions = (id: string) =>
  queryOptions({ queryKey: roleKeys.one(id), queryFn: ({ signal }) => getRole(id, signal) });

export function useRole(id: string) {
  return useQuery(roleQueryOptions(id));
}
