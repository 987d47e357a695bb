import { useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { AlertRuleInput } from './alert-rules';

export type Backtest = components['schemas']['BacktestAlertRuleResponse'];

/** Replays the draft as it is edited; an invalid draft simply has no answer yet. */
export function useBacktest(draft: AlertRuleInput | undefined) {
  return useQuery({
    queryKey: ['alerts', 'backtest', draft] as const,
    queryFn: async () => (await request<Backtest>('POST', '/api/v1/alerts/backtest', { body: draft })).data,
    enabled: draft !== undefined,
    retry: false,
    staleTime: 60_000,
  });
}
