import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AlertRule = components['schemas']['AlertRuleResponse'];
export type AlertRuleInput = components['schemas']['AlertRuleInput'];
export type AlertCondition = components['schemas']['AlertCondition'];
type AlertRulePage = components['schemas']['PageOfAlertRuleResponse'];

/** States move as the engine commits transitions; the page refetches on the `alerts` live topic (alerts-live.ts), not on a timer. */
export const alertRulesQueryOptions = () =>
  queryOptions({
    queryKey: ['alerts', 'rules'] as const,
    queryFn: ({ signal }) => get<AlertRulePage>('/api/v1/alerts', undefined, signal),
  });

export function useAlertRules() {
  return useQuery(alertRulesQueryOptions());
}

export function useSaveAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, input }: { id?: string; version?: number; input: AlertRuleInput }) =>
      id
        ? (await request<AlertRule>('PATCH', `/api/v1/alerts/${id}`, { body: input, ifMatch: version })).data
        : (await request<AlertRule>('POST', '/api/v1/alerts', { body: input })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts', 'rules'] }),
  });
}

export function useToggleAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (rule: AlertRule) =>
      (
        await request<AlertRule>('PATCH', `/api/v1/alerts/${rule.id}`, {
          body: { enabled: !rule.enabled },
          ifMatch: rule.version,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts', 'rules'] }),
  });
}

export function useDeleteAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request<undefined>('DELETE', `/api/v1/alerts/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  });
}
