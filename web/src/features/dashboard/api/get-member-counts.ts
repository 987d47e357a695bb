import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';
import { dashboardKeys } from '../keys';

export interface MemberCounts {
  total: number;
  newThisWeek: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Total members and those who joined in the last seven days, counted by the server. */
export async function getMemberCounts(now: number, signal?: AbortSignal): Promise<MemberCounts> {
  const since = new Date(now - WEEK_MS).toISOString();
  const [all, recent] = await Promise.all([
    get<UserPage>('/api/v1/users', { limit: 1, include_total: true }, signal),
    get<UserPage>('/api/v1/users', { limit: 1, include_total: true, created_after: since }, signal),
  ]);
  return { total: all.total ?? 0, newThisWeek: recent.total ?? 0 };
}

export const memberCountsQueryOptions = () =>
  queryOptions({
    queryKey: dashboardKeys.memberCounts(),
    queryFn: ({ signal }) => getMemberCounts(Date.now(), signal),
    staleTime: 30_000,
  });

export function useMemberCounts(enabled: boolean) {
  return useQuery({ ...memberCountsQueryOptions(), enabled });
}
