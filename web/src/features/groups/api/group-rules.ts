import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type GroupRule = components['schemas']['GroupRuleResponse'];
export type GroupRuleInput = components['schemas']['GroupRuleInput'];
export type GroupCondition = components['schemas']['GroupCondition'];
export type GroupPreviewInput = components['schemas']['PreviewGroupRuleInput'];
export type GroupPreview = components['schemas']['PreviewGroupRuleResponse'];
type GroupRulePage = components['schemas']['PageOfGroupRuleResponse'];

/** Member counts move as the engine applies rules; the page refetches on the `groups` live topic (groups-live.ts), not on a timer. */
export const groupRulesQueryOptions = () =>
  queryOptions({
    queryKey: ['groups', 'rules'] as const,
    queryFn: ({ signal }) => get<GroupRulePage>('/api/v1/groups/rules', undefined, signal),
  });

export function useGroupRules() {
  return useQuery(groupRulesQueryOptions());
}

export function useSaveGroupRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, input }: { id?: string; version?: number; input: GroupRuleInput }) =>
      id
        ? (await request<GroupRule>('PATCH', `/api/v1/groups/rules/${id}`, { body: input, ifMatch: version })).data
        : (await request<GroupRule>('POST', '/api/v1/groups/rules', { body: input })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['groups'] }),
  });
}

export function usePauseGroupRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (rule: GroupRule) =>
      (
        await request<GroupRule>('PATCH', `/api/v1/groups/rules/${rule.id}`, {
          body: { paused: !rule.paused },
          ifMatch: rule.version,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['groups'] }),
  });
}

export function useDeleteGroupRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request<undefined>('DELETE', `/api/v1/groups/rules/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['groups'] }),
  });
}

/** What a draft would change now; re-asked as the draft changes (the editor debounces it). */
export function useGroupPreview(input: GroupPreviewInput | undefined) {
  return useQuery({
    queryKey: ['groups', 'preview', input] as const,
    queryFn: async ({ signal }) =>
      (await request<GroupPreview>('POST', '/api/v1/groups/rules/preview', { body: input, signal })).data,
    enabled: input !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
