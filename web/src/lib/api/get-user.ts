import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { User } from './types';
import { sharedKeys } from './keys';

/** A member by id; shared so audit rows and the dashboard can name actors. */
export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return get<User>(`/api/v1/users/${encodeURIComponent(id)}`, undefined, signal);
}

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: sharedKeys.user(id),
    queryFn: ({ signal }) => getUser(id, signal),
    staleTime: 60_000,
  });

export function useUserSummary(id: string | null | undefined, enabled = true) {
  return useQuery({ ...userQueryOptions(id ?? ''), enabled: enabled && !!id, retry: false });
}
