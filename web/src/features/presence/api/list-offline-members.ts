import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { resourceRoots } from '@/lib/api/keys';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';

export const OFFLINE_PAGE_SIZE = 50;

export interface OfflineFilter {
  q: string;
  roleId: string | undefined;
}

/** Members with no live session, the Who's online filters applied, most recently seen first. */
export function listOfflineMembers({ q, roleId }: OfflineFilter, cursor: string | undefined, signal?: AbortSignal) {
  return get<UserPage>(
    '/api/v1/users',
    {
      status: 'offline',
      q: q || undefined,
      role: roleId,
      sort: '-last_seen_at',
      limit: OFFLINE_PAGE_SIZE,
      cursor,
      include_total: cursor ? undefined : true,
    },
    signal,
  );
}

export const offlineMembersQueryOptions = (filter: OfflineFilter) =>
  infiniteQueryOptions({
    // Under the users resource: a member write elsewhere refreshes it.
    queryKey: [...resourceRoots.users, 'offline', filter] as const,
    queryFn: ({ pageParam, signal }) => listOfflineMembers(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useOfflineMembers(filter: OfflineFilter, enabled: boolean) {
  return useInfiniteQuery({ ...offlineMembersQueryOptions(filter), enabled });
}
