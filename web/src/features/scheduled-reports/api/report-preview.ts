import { useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { ReportInput } from './scheduled-reports';

export type ReportContent = components['schemas']['ReportContent'];
export type ReportChart = components['schemas']['ReportChart'];

/** The first page of a draft as the server would write it now (nothing is saved); refetched as the draft changes. */
export function useReportPreview(draft: ReportInput, language: string, enabled: boolean) {
  return useQuery({
    queryKey: ['scheduled-reports', 'preview', draft, language] as const,
    queryFn: async ({ signal }) =>
      (
        await request<ReportContent>('POST', '/api/v1/reports/scheduled/preview', {
          body: { report: draft, language },
          signal,
        })
      ).data,
    enabled,
    retry: false,
  });
}
