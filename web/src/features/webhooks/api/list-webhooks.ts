import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Webhook = components['schemas']['WebhookResponse'];
export type WebhookPage = components['schemas']['PageOfWebhookResponse'];

export function listWebhooks(signal?: AbortSignal): Promise<WebhookPage> {
  return get<WebhookPage>('/api/v1/webhooks', undefined, signal);
}

/** Health moves as deliveries happen: refreshed every 15 s while the page is open. */
export const webhooksQueryOptions = () =>
  queryOptions({
    queryKey: ['webhooks'] as const,
    queryFn: ({ signal }) => listWebhooks(signal),
    refetchInterval: 15_000,
  });

export function useWebhooks() {
  return useQuery(webhooksQueryOptions());
}
