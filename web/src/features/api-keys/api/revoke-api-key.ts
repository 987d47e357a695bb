import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';

export async function revokeApiKey(id: string): Promise<void> {
  await request<undefined>('DELETE', `/api/v1/api-keys/${id}`);
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
