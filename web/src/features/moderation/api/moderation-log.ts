import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { download, get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SanctionPage = components['schemas']['PageOfSanctionResponse'];

/** The log's filters, as the server takes them (the export takes the same ones). */
export interface LogFilters {
  kind?: string;
  active?: string;
  member?: string;
  from?: string;
  to?: string;
}

function query(filters: LogFilters) {
  return {
    kind: filters.kind,
    active: filters.active,
    member: filters.member,
    from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : undefined,
  };
}

export function useModerationLog(filters: LogFilters) {
  return useInfiniteQuery({
    queryKey: ['sanctions', 'log', filters],
    queryFn: ({ pageParam, signal }) =>
      get<SanctionPage>('/api/v1/sanctions', { ...query(filters), limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The server streams the export with the same filters; the bearer token means it goes through fetch. */
export function useExportModerationLog() {
  return useMutation({
    mutationFn: ({ filters, format }: { filters: LogFilters; format: 'csv' | 'json' }) =>
      download('/api/v1/moderation/export', { ...query(filters), format }, `gatehouse-moderation.${format}`),
  });
}
