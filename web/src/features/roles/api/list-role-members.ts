import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';
import { roleKeys } from '../keys';

export const ROLE_MEMBERS_PAGE_SIZE = 25;

/** One page of the members holding a role, optionally narrowed by a search (the member list's own filters). */
export function listRoleMembers(roleId: string, q: string, cursor: string | undefined, signal?: AbortSignal) {
  return get<UserPage>(
    '/api/v1/users',
    {
      role: roleId,
      q: q || undefined,
      limit: ROLE_MEMBERS_PAGE_SIZE,
      cursor,
      include_total: cursor ? undefined : true,
    },
    signal,
  );
}

export const roleMembersQueryOptions = (roleId: string, q: string) =>
  infiniteQueryOptions({
    queryKey: roleKeys.members(roleId, q),
    queryFn: ({ pageParam, signal }) => listRoleMembers(roleId, q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export function useRoleMembers(roleId: string, q: string) {
  return useInfiniteQuery(roleMembersQueryOptions(roleId, q));
}

/** Members matching a search, for the "add members" picker. */
export const memberCandidatesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: roleKeys.candidates(q),
    queryFn: ({ signal }) => get<UserPage>('/api/v1/users', { q, limit: 8 }, signal),
    staleTime: 15_000,
  });

export function useMemberCandidates(q: string) {
  return useQuery({ ...memberCandidatesQueryOptions(q), enabled: q.length > 0 });
}
