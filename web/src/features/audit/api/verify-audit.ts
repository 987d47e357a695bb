import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { AuditVerification } from '@/lib/api/types';
import { auditKeys } from '../keys';

/** Walks the whole hash chain on the server and reports the first broken link. */
export function verifyAudit(signal?: AbortSignal): Promise<AuditVerification> {
  return get<AuditVerification>('/api/v1/audit/verify', undefined, signal);
}

export const verifyAuditQueryOptions = () =>
  queryOptions({
    queryKey: auditKeys.verify(),
    queryFn: ({ signal }) => verifyAudit(signal),
    staleTime: 30_000,
  });

export function useVerifyAudit() {
  return useQuery(verifyAuditQueryOptions());
}
