import { useMutation, useQueryClient } from '@tanstack/react-query';
import { download, request } from '@/lib/api/client';
import { resourcesChanged } from '@/lib/api/keys';
import type { ErasureResult } from './types';

/** Downloads the zip of everything Gatehouse holds about the member (the server audits it). */
export function useExportMemberData() {
  return useMutation({
    mutationFn: (id: string) => download(`/api/v1/users/${id}/export`, {}, `gatehouse-personal-data-${id}.zip`),
  });
}

export async function eraseMember(id: string): Promise<ErasureResult> {
  return (await request<ErasureResult>('POST', `/api/v1/users/${id}/erase`)).data;
}

export function useEraseMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: eraseMember, onSuccess: () => resourcesChanged(queryClient, ['users', 'audit']) });
}
