import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { invitesKey } from './list-invites';

export async function revokeInvite(code: string): Promise<void> {
  await request<undefined>('DELETE', `/api/v1/invites/${encodeURIComponent(code)}`);
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}
