import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { ApiKeySecret } from './create-api-key';

export interface RotateApiKeyInput {
  id: string;
  /** How long the previous secret keeps working; 0 ends it now. */
  gracePeriodSeconds: number;
}

export async function rotateApiKey({ id, gracePeriodSeconds }: RotateApiKeyInput): Promise<ApiKeySecret> {
  return (
    await request<ApiKeySecret>('POST', `/api/v1/api-keys/${id}/rotate`, {
      body: { grace_period_seconds: gracePeriodSeconds },
    })
  ).data;
}

export function useRotateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
