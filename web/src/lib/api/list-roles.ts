import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { Role } from './types';
import { sharedKeys } from './keys';

/** Every role, highest priority first. Shared: member pages show and assign roles too. */
export function listRoles(signal?: AbortSignal): Promise<Role[]> {
  return get<Role[]>('/api/v1/roles', undefined, signal);
}

export const rolesQueryOptions = () =>
  queryOptions({ queryKey: sharedKeys.roles(), queryFn: ({ signal }) => listRoles(signal), staleTime: 30_000 });

export function useRoles(enabled = true) {
  return useQuery({ ...rolesQueryOptions(), enabled });
}
