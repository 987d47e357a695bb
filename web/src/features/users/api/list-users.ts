import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';
import { userKeys } from '../keys';

export const memberSorts = [
  'username',
  '-username',
  'display_name',
  '-display_name',
  'created_at',
  '-created_at',
  'last_seen_at',
  '-last_seen_at',
] as const;
export type MemberSort = (typeof memberSorts)[number];

export interface MemberFilters {
  q?: string;
  /** One status or several, comma-separated (a member matches any). */
  status?: string;
  /** One role id or several, comma-separated (a member matches any). */
  role?: string;
  banned?: 'true' | 'false';
  disabled?: 'true' | 'false';
  tag?: string;
  /** The site's own id for a member it created (site integration). */
  external_id?: string;
  created_after?: string;
  created_before?: string;
  sort?: MemberSort;
}

export const MEMBERS_PAGE_SIZE = 100;

/** One page of members; the server filters, sorts and pages with a keyset cursor. */
export function listUsers(filters: MemberFilters, cursor: string | undefined, signal?: AbortSignal): Promise<UserPage> {
  return get<UserPage>(
    '/api/v1/users',
    { ...filters, limit: MEMBERS_PAGE_SIZE, cursor, include_total: cursor ? undefined : true },
    signal,
  );
}

export const membersQueryOptions = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listUsers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    staleTime: 15_000,
    // While a new search runs, the previous results stay instead of a blank list.
    placeholderData: keepPreviousData,
  });

export function useMembers(filters: MemberFilters) {
  return useInfiniteQuery(membersQueryOptions(filters));
}
