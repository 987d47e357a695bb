import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { AuditPage } from '@/lib/api/types';
import { dashboardKeys } from '../keys';

export function listLatestAudit(signal?: AbortSignal): Promise<AuditPage> {
  return get<AuditPage>('/api/v1/audit', { limit: 8 }, signal);
}

export const latestAuditQueryOptions = () =>
  queryOptions({
    queryKey: dashboardKeys.latestAudit(),
    queryFn: ({ signal }) => listLatestAudit(signal),
    staleTime: 15_000,
  });

export function useLatestAudit(enabled: boolean) {
  return useQuery({ ...latestAuditQueryOptions(), enabled });
}
