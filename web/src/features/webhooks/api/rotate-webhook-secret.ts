import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { WebhookSecret } from './save-webhook';

/** New signing secret; during the overlap receivers get both signatures. */
export async function rotateWebhookSecret({
  id,
  overlapSeconds,
}: {
  id: string;
  overlapSeconds: number;
}): Promise<WebhookSecret> {
  return (
    await request<WebhookSecret>('POST', `/api/v1/webhooks/${id}/rotate-secret`, {
      body: { overlap_seconds: overlapSeconds },
    })
  ).data;
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateWebhookSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}
