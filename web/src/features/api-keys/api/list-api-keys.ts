import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ApiKey = components['schemas']['ApiKeyResponse'];
export type ApiKeyPage = components['schemas']['PageOfApiKeyResponse'];

/** Keys, newest first (one page of up to 200 holds every key a community makes). */
export function listApiKeys(signal?: AbortSignal): Promise<ApiKeyPage> {
  return get<ApiKeyPage>('/api/v1/api-keys', { limit: 200 }, signal);
}

export const apiKeysQueryOptions = () =>
  queryOptions({ queryKey: ['api-keys'] as const, queryFn: ({ signal }) => listApiKeys(signal) });

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
