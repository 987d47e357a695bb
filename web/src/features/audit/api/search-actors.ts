import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { UserPage } from '@/lib/api/types';
import { auditKeys } from '../keys';

/** Members matching a search, to filter the log by actor. */
export function searchActors(q: string, signal?: AbortSignal): Promise<UserPage> {
  return get<UserPage>('/api/v1/users', { q, limit: 10 }, signal);
}

export function useSearchActors(q: string, enabled: boolean) {
  return useQuery({
    ...queryOptions({ queryKey: auditKeys.actorSearch(q), queryFn: ({ signal }) => searchActors(q, signal) }),
    enabled,
    staleTime: 15_000,
  });
}
