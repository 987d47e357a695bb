import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from './client';
import type { components } from './schema';
import { sharedKeys } from './keys';

export type ServerInfo = components['schemas']['OpsEndpointsServerInfo'];

/** What the server says about itself (public): version, mode, database, and whether it is a demo. */
export function getServerInfo(signal?: AbortSignal): Promise<ServerInfo> {
  return get<ServerInfo>('/api/v1/server-info', undefined, signal);
}

export const serverInfoQueryOptions = () =>
  queryOptions({
    queryKey: sharedKeys.serverInfo(),
    queryFn: ({ signal }) => getServerInfo(signal),
    staleTime: 300_000,
  });

export function useServerInfo() {
  return useQuery(serverInfoQueryOptions());
}
