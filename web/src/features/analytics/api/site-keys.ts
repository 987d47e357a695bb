import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SiteKey = components['schemas']['SiteKeyUseCasesResponse'];
type SiteKeyList = components['schemas']['SiteKeyUseCasesListResponse'];

const siteKeysKey = ['analytics', 'site-keys'] as const;

export function useSiteKeys(enabled: boolean) {
  return useQuery({
    queryKey: siteKeysKey,
    queryFn: ({ signal }) => get<SiteKeyList>('/api/v1/analytics/site-keys', undefined, signal),
    enabled,
  });
}

/** Create (name), rotate (id) or delete (id, remove); the list refetches after each. */
export function useSiteKeyAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: { create: string } | { rotate: string } | { remove: string }) => {
      if ('create' in action)
        await request<SiteKey>('POST', '/api/v1/analytics/site-keys', { body: { name: action.create } });
      else if ('rotate' in action)
        await request<SiteKey>('POST', `/api/v1/analytics/site-keys/${action.rotate}/rotate`);
      else await request<undefined>('DELETE', `/api/v1/analytics/site-keys/${action.remove}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: siteKeysKey }),
  });
}
