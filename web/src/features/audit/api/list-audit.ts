import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { AuditPage } from '@/lib/api/types';
import { auditKeys } from '../keys';

export interface AuditFilters {
  actor?: string;
  action?: string;
  target_type?: string;
  target_id?: string;
  result?: 'success' | 'fail' | 'denied';
  from?: string;
  to?: string;
}

export function listAudit(filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  return get<AuditPage>('/api/v1/audit', { ...filters, limit: 100, cursor }, signal);
}

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => listAudit(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(auditQueryOptions(filters));
}
