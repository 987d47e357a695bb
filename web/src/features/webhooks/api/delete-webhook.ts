import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';

export async function deleteWebhook(id: string): Promise<void> {
  await request<undefined>('DELETE', `/api/v1/webhooks/${id}`);
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}
