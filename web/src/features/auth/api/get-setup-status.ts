import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { authKeys } from '../keys';

export interface SetupStatus {
  needed: boolean;
}

export async function getSetupStatus(signal?: AbortSignal): Promise<SetupStatus> {
  return (await request<SetupStatus>('GET', '/api/v1/setup', { auth: false, signal })).data;
}

export const setupStatusQueryOptions = () =>
  queryOptions({ queryKey: authKeys.setupStatus(), queryFn: ({ signal }) => getSetupStatus(signal) });

export function useSetupStatus() {
  return useQuery(setupStatusQueryOptions());
}
