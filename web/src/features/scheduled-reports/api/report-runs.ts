import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { download, get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ReportRun = components['schemas']['ReportRunResponse'];
export type ReportDelivery = components['schemas']['ReportDeliveryResponse'];
type RunPage = components['schemas']['PageOfReportRunResponse'];

export const reportRunsQueryOptions = (reportId: string) =>
  queryOptions({
    queryKey: ['scheduled-reports', 'runs', reportId] as const,
    queryFn: ({ signal }) => get<RunPage>(`/api/v1/reports/scheduled/${reportId}/runs`, { limit: 20 }, signal),
  });

export function useReportRuns(reportId: string | undefined) {
  return useQuery({ ...reportRunsQueryOptions(reportId ?? ''), enabled: reportId !== undefined });
}

/** Makes the files now and starts the deliveries; the runs list then moves on the live topic. */
export function useRunReportNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reportId: string) =>
      (await request<ReportRun>('POST', `/api/v1/reports/scheduled/${reportId}/run`)).data,
    onSuccess: (_, reportId) => queryClient.invalidateQueries({ queryKey: ['scheduled-reports', 'runs', reportId] }),
  });
}

export function downloadRunFile(run: ReportRun, language: string): Promise<void> {
  return download(
    `/api/v1/reports/scheduled/${run.report_id}/runs/${run.id}/file`,
    { language },
    `report-${language}.${run.format}`,
  );
}
