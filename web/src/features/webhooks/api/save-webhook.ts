import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { Webhook } from './list-webhooks';

export type CreateWebhookInput = components['schemas']['CreateWebhookRequest'];
export type UpdateWebhookInput = components['schemas']['UpdateWebhookRequest'];
export type WebhookSecret = components['schemas']['WebhookSecretResponse'];

export async function createWebhook(input: CreateWebhookInput): Promise<WebhookSecret> {
  return (await request<WebhookSecret>('POST', '/api/v1/webhooks', { body: input })).data;
}

export async function updateWebhook({
  id,
  version,
  ...input
}: UpdateWebhookInput & { id: string; version?: number }): Promise<Webhook> {
  return (await request<Webhook>('PATCH', `/api/v1/webhooks/${id}`, { body: input, ifMatch: version })).data;
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}
