import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ScheduledReport = components['schemas']['ScheduledReportResponse'];
export type ReportInput = components['schemas']['ReportInput'];
export type ReportView = components['schemas']['ReportView'];
export type ReportRecipient = components['schemas']['ReportRecipient'];
type CreatedReport = components['schemas']['CreatedScheduledReportResponse'];
type ReportPage = components['schemas']['PageOfScheduledReportResponse'];

/** Next-run times move when a run happens; the page refetches on the `scheduled-reports` live topic, not on a timer. */
export const scheduledReportsQueryOptions = () =>
  queryOptions({
    queryKey: ['scheduled-reports', 'list'] as const,
    queryFn: ({ signal }) => get<ReportPage>('/api/v1/reports/scheduled', undefined, signal),
  });

export function useScheduledReports() {
  return useQuery(scheduledReportsQueryOptions());
}

/** Creating answers the webhook signing secret once; editing honours If-Match. */
export function useSaveScheduledReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      version,
      input,
    }: {
      id?: string;
      version?: number;
      input: ReportInput;
    }): Promise<{ report: ScheduledReport; secret?: string }> => {
      if (id)
        return {
          report: (
            await request<ScheduledReport>('PATCH', `/api/v1/reports/scheduled/${id}`, {
              body: input,
              ifMatch: version,
            })
          ).data,
        };
      const created = (await request<CreatedReport>('POST', '/api/v1/reports/scheduled', { body: input })).data;
      return { report: created.report, secret: created.webhook_secret };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scheduled-reports'] }),
  });
}

export function useToggleScheduledReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (report: ScheduledReport) =>
      (
        await request<ScheduledReport>('PATCH', `/api/v1/reports/scheduled/${report.id}`, {
          body: { enabled: !report.enabled },
          ifMatch: report.version,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scheduled-reports'] }),
  });
}

export function useDeleteScheduledReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request<undefined>('DELETE', `/api/v1/reports/scheduled/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['scheduled-reports'] }),
  });
}
