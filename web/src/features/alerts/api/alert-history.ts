import { useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AlertTransition = components['schemas']['ListAlertHistoryTransitionResponse'];
type TransitionPage = components['schemas']['PageOfTransitionResponse'];

export function useAlertHistory(ruleId: string | undefined) {
  return useQuery({
    queryKey: ['alerts', 'history', ruleId] as const,
    queryFn: ({ signal }) => get<TransitionPage>(`/api/v1/alerts/${ruleId}/history`, { limit: 100 }, signal),
    enabled: ruleId !== undefined,
  });
}
