import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import type { Invite } from './list-invites';
import { invitesKey } from './list-invites';

export type CreateInviteInput = components['schemas']['CreateInviteRequest'];

export async function createInvite(input: CreateInviteInput): Promise<Invite> {
  return (await request<Invite>('POST', '/api/v1/invites', { body: input })).data;
}

export function useCreateInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}
