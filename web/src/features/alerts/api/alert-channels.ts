import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AlertChannel = components['schemas']['AlertChannelResponse'];
export type NewAlertChannel = components['schemas']['CreateAlertChannelRequest'];
export type CreatedAlertChannel = components['schemas']['CreatedAlertChannelResponse'];
export type TestResult = components['schemas']['SendTestNotificationResponse'];
type ChannelPage = components['schemas']['PageOfAlertChannelResponse'];

export function useAlertChannels() {
  return useQuery({
    queryKey: ['alerts', 'channels'] as const,
    queryFn: ({ signal }) => get<ChannelPage>('/api/v1/alert-channels', undefined, signal),
  });
}

export function useCreateAlertChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewAlertChannel) =>
      (await request<CreatedAlertChannel>('POST', '/api/v1/alert-channels', { body })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts', 'channels'] }),
  });
}

export function useDeleteAlertChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request<undefined>('DELETE', `/api/v1/alert-channels/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  });
}

export function useTestAlertChannel() {
  return useMutation({
    mutationFn: async (id: string) => (await request<TestResult>('POST', `/api/v1/alert-channels/${id}/test`)).data,
  });
}
