import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type CreateApiKeyInput = components['schemas']['CreateApiKeyRequest'];
export type ApiKeySecret = components['schemas']['ApiKeySecretResponse'];

export async function createApiKey(input: CreateApiKeyInput): Promise<ApiKeySecret> {
  return (await request<ApiKeySecret>('POST', '/api/v1/api-keys', { body: input })).data;
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
