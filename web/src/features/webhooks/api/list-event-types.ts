import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';

export function listEventTypes(signal?: AbortSignal): Promise<string[]> {
  return get<string[]>('/api/v1/webhooks/event-types', undefined, signal);
}

export const eventTypesQueryOptions = () =>
  queryOptions({
    queryKey: ['webhook-event-types'] as const,
    queryFn: ({ signal }) => listEventTypes(signal),
    staleTime: Infinity,
  });

export function useEventTypes() {
  return useQuery(eventTypesQueryOptions());
}
