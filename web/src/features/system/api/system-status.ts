import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SystemStatus = components['schemas']['GetSystemStatusResponse'];

/** How often the page asks again: the server's figures cover five minutes, so a few seconds is live enough. */
export const refreshEveryMs = 10_000;

export function getSystemStatus(signal?: AbortSignal): Promise<SystemStatus> {
  return get('/api/v1/system/status', undefined, signal);
}

export function useSystemStatus() {
  return useQuery(
    queryOptions({
      queryKey: ['system', 'status'],
      queryFn: ({ signal }) => getSystemStatus(signal),
      refetchInterval: refreshEveryMs,
    }),
  );
}
