import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AlertSilence = components['schemas']['AlertSilenceResponse'];
export type NewAlertSilence = components['schemas']['CreateAlertSilenceRequest'];
type SilencePage = components['schemas']['PageOfAlertSilenceResponse'];

export function useAlertSilences() {
  return useQuery({
    queryKey: ['alerts', 'silences'] as const,
    queryFn: ({ signal }) => get<SilencePage>('/api/v1/alert-silences', undefined, signal),
    refetchInterval: 30_000,
  });
}

export function useCreateAlertSilence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewAlertSilence) =>
      (await request<AlertSilence>('POST', '/api/v1/alert-silences', { body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  });
}

export function useEndAlertSilence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request<undefined>('DELETE', `/api/v1/alert-silences/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  });
}
