import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';
import { userKeys } from '../keys';

/** A handful of members matching a search, for pickers. */
export function searchUsers(q: string, signal?: AbortSignal): Promise<UserPage> {
  return get<UserPage>('/api/v1/users', { q, limit: 8 }, signal);
}

export const searchUsersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: userKeys.search(q),
    queryFn: ({ signal }) => searchUsers(q, signal),
    staleTime: 15_000,
  });

export function useSearchUsers(q: string, enabled = true) {
  return useQuery({ ...searchUsersQueryOptions(q), enabled });
}
