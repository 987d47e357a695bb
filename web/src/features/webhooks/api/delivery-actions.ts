import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { Delivery } from './list-deliveries';

export async function retryDelivery({
  webhookId,
  deliveryId,
}: {
  webhookId: string;
  deliveryId: string;
}): Promise<Delivery> {
  return (await request<Delivery>('POST', `/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}/retry`)).data;
}

export async function sendTest(webhookId: string): Promise<Delivery> {
  return (await request<Delivery>('POST', `/api/v1/webhooks/${webhookId}/test`)).data;
}

export async function replay({ webhookId, since }: { webhookId: string; since: string }): Promise<{ queued: number }> {
  return (await request<{ queued: number }>('POST', `/api/v1/webhooks/${webhookId}/replay`, { body: { since } })).data;
}

function useDeliveryMutation<TInput, TOutput>(fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }) });
}

export const useRetryDelivery = () => useDeliveryMutation(retryDelivery);
export const useSendTest = () => useDeliveryMutation(sendTest);
export const useReplay = () => useDeliveryMutation(replay);
