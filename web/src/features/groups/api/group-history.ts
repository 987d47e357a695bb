import { useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type GroupRuleChange = components['schemas']['ListGroupRuleHistoryChangeResponse'];
type ChangePage = components['schemas']['PageOfChangeResponse'];

export function useGroupRuleHistory(ruleId: string | undefined) {
  return useQuery({
    queryKey: ['groups', 'history', ruleId] as const,
    queryFn: ({ signal }) => get<ChangePage>(`/api/v1/groups/rules/${ruleId}/history`, { limit: 100 }, signal),
    enabled: ruleId !== undefined,
  });
}
