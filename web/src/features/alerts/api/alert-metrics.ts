import { useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AlertMetricCatalogue = components['schemas']['ListAlertMetricsResponse'];

export function useAlertMetrics() {
  return useQuery({
    queryKey: ['alerts', 'metrics'] as const,
    queryFn: ({ signal }) => get<AlertMetricCatalogue>('/api/v1/alerts/metrics', undefined, signal),
    staleTime: 300_000,
  });
}
