import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Report = components['schemas']['ReportResponse'];
export type ReportQueue = components['schemas']['ListReportsQueue'];
export type UpdateReportBody = components['schemas']['UpdateReportRequest'];

/** The queue's quick filters ("assigned to me", "unassigned", "breached"); all: every open report. */
export type QueueView = 'all' | 'mine' | 'unassigned' | 'breached';
export const queueViews: readonly QueueView[] = ['all', 'mine', 'unassigned', 'breached'];

export const reportKeys = { all: ['reports'] as const };

function queryOf(view: QueueView, severity: string | undefined) {
  return {
    assignee: view === 'mine' ? 'me' : view === 'unassigned' ? 'none' : undefined,
    breached: view === 'breached' ? true : undefined,
    severity,
    limit: 100,
  };
}

export const reportQueueQueryOptions = (view: QueueView, severity?: string) =>
  queryOptions({
    queryKey: [...reportKeys.all, 'queue', view, severity ?? ''],
    queryFn: ({ signal }) => get<ReportQueue>('/api/v1/reports', queryOf(view, severity), signal),
    placeholderData: keepPreviousData,
  });

export function useReportQueue(view: QueueView, severity?: string) {
  return useQuery(reportQueueQueryOptions(view, severity));
}

/** Assign, resolve, dismiss or reopen; `If-Match` with the version shown, so two moderators cannot both act on a stale view. */
export function useUpdateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ report, body }: { report: Report; body: UpdateReportBody }) =>
      (await request<Report>('PATCH', `/api/v1/reports/${report.id}`, { body, ifMatch: report.version })).data,
    onSettled: (_, __, { report }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['members', report.target_id] }),
      ]),
  });
}
