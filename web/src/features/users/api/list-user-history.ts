import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { AuditPage } from '@/lib/api/types';
import { userKeys } from '../keys';

/** The audit entries whose target is this member, newest first. */
export function listUserHistory(id: string, cursor: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  return get<AuditPage>('/api/v1/audit', { target_type: 'user', target_id: id, limit: 25, cursor }, signal);
}

export const userHistoryQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: userKeys.history(id),
    queryFn: ({ pageParam, signal }) => listUserHistory(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });

export function useUserHistory(id: string, enabled: boolean) {
  return useInfiniteQuery({ ...userHistoryQueryOptions(id), enabled });
}
