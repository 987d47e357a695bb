import { useMutation, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type InviteLanding = components['schemas']['GetInviteLandingLanding'];
export type AcceptInviteInput = components['schemas']['AcceptInviteRequest'];
export type AcceptedInvite = components['schemas']['AcceptInviteResponse'];

/** What the public page shows; works signed out. */
export function useInviteLanding(code: string) {
  return useQuery({
    queryKey: ['invite-landing', code] as const,
    queryFn: async () =>
      (await request<InviteLanding>('GET', `/api/v1/invites/${encodeURIComponent(code)}/landing`, { auth: false }))
        .data,
    retry: false,
  });
}

/** Signed out: creates an account (or brings back one that left). Signed in: joins with the invite's roles. */
export function useAcceptInvite(code: string, signedIn: boolean) {
  return useMutation({
    mutationFn: async (input: AcceptInviteInput | undefined) =>
      (
        await request<AcceptedInvite>('POST', `/api/v1/invites/${encodeURIComponent(code)}/accept`, {
          body: input,
          auth: signedIn,
        })
      ).data,
  });
}
