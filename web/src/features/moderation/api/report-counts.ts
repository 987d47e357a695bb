import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import { reportKeys, type ReportQueue } from './reports';

/** The queue's counts only (one report fetched): under `reportKeys.all`, so the `reports` topic refreshes it too. */
export const reportCountsQueryOptions = () =>
  queryOptions({
    queryKey: [...reportKeys.all, 'counts'],
    queryFn: ({ signal }) => get<ReportQueue>('/api/v1/reports', { limit: 1 }, signal),
    select: (queue) => ({ open: queue.open_count, breached: queue.breached_count }),
  });

export function useReportCounts() {
  return useQuery(reportCountsQueryOptions());
}
