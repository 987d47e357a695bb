import { useMutation } from '@tanstack/react-query';
import { download } from '@/lib/api/client';
import type { AuditFilters } from './list-audit';

export type ExportFormat = 'csv' | 'json';

/** Downloads the filtered log; the request carries the bearer token, so it goes through fetch. */
export function exportAudit(filters: AuditFilters, format: ExportFormat): Promise<void> {
  return download('/api/v1/audit/export', { ...filters, format }, `gatehouse-audit.${format}`);
}

export function useExportAudit() {
  return useMutation({
    mutationFn: ({ filters, format }: { filters: AuditFilters; format: ExportFormat }) => exportAudit(filters, format),
  });
}
