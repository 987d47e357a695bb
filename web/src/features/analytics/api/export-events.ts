import { useMutation } from '@tanstack/react-query';
import { download } from '@/lib/api/client';

export type ExportFormat = 'csv' | 'json';

/** Downloads the last 24 hours of raw events; the request carries the bearer token, so it goes through fetch. */
export function exportEvents(format: ExportFormat, now = Date.now()): Promise<void> {
  const from = new Date(now - 24 * 3600 * 1000).toISOString();
  return download(
    '/api/v1/analytics/events',
    { format, from, to: new Date(now).toISOString() },
    `gatehouse-analytics.${format}`,
  );
}

export function useExportEvents() {
  return useMutation({ mutationFn: (format: ExportFormat) => exportEvents(format) });
}
