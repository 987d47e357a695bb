import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import { privacyKeys } from '../keys';
import type { RetentionSetting } from './types';

export function listRetention(signal?: AbortSignal): Promise<{ items: RetentionSetting[] }> {
  return get('/api/v1/privacy/retention', undefined, signal);
}

export function useRetention() {
  return useQuery(queryOptions({ queryKey: privacyKeys.retention(), queryFn: ({ signal }) => listRetention(signal) }));
}

export async function setRetention(category: string, days: number): Promise<RetentionSetting> {
  return (
    await request<RetentionSetting>('PUT', `/api/v1/privacy/retention/${encodeURIComponent(category)}`, {
      body: { days },
    })
  ).data;
}

export function useSetRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ category, days }: { category: string; days: number }) => setRetention(category, days),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyKeys.retention() }),
  });
}
