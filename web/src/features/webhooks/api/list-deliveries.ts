import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Delivery = components['schemas']['WebhookDeliveryResponse'];
export type DeliveryPage = components['schemas']['PageOfWebhookDeliveryResponse'];

export function listDeliveries(webhookId: string, signal?: AbortSignal): Promise<DeliveryPage> {
  return get<DeliveryPage>(`/api/v1/webhooks/${webhookId}/deliveries`, { limit: 100 }, signal);
}

/** The log refreshes every 5 s while open: deliveries and retries land on their own. */
export const deliveriesQueryOptions = (webhookId: string) =>
  queryOptions({
    queryKey: ['webhooks', webhookId, 'deliveries'] as const,
    queryFn: ({ signal }) => listDeliveries(webhookId, signal),
    refetchInterval: 5_000,
  });

export function useDeliveries(webhookId: string | undefined) {
  return useQuery({ ...deliveriesQueryOptions(webhookId ?? ''), enabled: webhookId !== undefined });
}
