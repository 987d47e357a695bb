import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import { sharedKeys } from '@/lib/api/keys';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type TwoFactorStatus = Schemas['ManageOwnTwoFactorStatus'];
export type TwoFactorEnrolment = Schemas['ManageOwnTwoFactorEnrolment'];
export type RecoveryCodes = Schemas['ManageOwnTwoFactorRecoveryCodes'];
export type Session = Schemas['ListSessionsSessionResponse'];

export const accountKeys = {
  twoFactor: ['account', 'two-factor'] as const,
  sessions: (userId?: string) => ['account', 'sessions', userId ?? 'me'] as const,
};

export const myTwoFactorQuery = () =>
  queryOptions({ queryKey: accountKeys.twoFactor, queryFn: () => get<TwoFactorStatus>('/api/v1/me/2fa') });

export function useMyTwoFactor() {
  return useQuery(myTwoFactorQuery());
}

/** The signed-in member's sessions, or (with an id) a member's, for admins. */
export function useSessions(userId?: string) {
  return useQuery({
    queryKey: accountKeys.sessions(userId),
    queryFn: () =>
      get<Schemas['ListSessionsResponse']>(userId ? `/api/v1/users/${userId}/sessions` : '/api/v1/me/sessions'),
  });
}

function useAccountMutation<TIn, TOut>(fn: (input: TIn) => Promise<TOut>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account'] }),
  });
}

export function useStartEnrolment() {
  return useAccountMutation(async () => (await request<TwoFactorEnrolment>('POST', '/api/v1/me/2fa/enrolment')).data);
}

export function useConfirmTwoFactor() {
  return useAccountMutation(
    async (code: string) => (await request<RecoveryCodes>('POST', '/api/v1/me/2fa/confirm', { body: { code } })).data,
  );
}

export function useDisableTwoFactor() {
  return useAccountMutation(async (code: string) => {
    await request('POST', '/api/v1/me/2fa/disable', { body: { code } });
  });
}

export function useRenewRecoveryCodes() {
  return useAccountMutation(
    async (code: string) =>
      (await request<RecoveryCodes>('POST', '/api/v1/me/2fa/recovery-codes', { body: { code } })).data,
  );
}

export function useChangePassword() {
  return useAccountMutation(
    async (body: { current_password: string; new_password: string }) =>
      (await request<Schemas['ChangeOwnPasswordResponse']>('POST', '/api/v1/me/password', { body })).data,
  );
}

/** Ends one session (with an id) or, without, every session but this one; for a member with `userId`. */
export function useRevokeSessions(userId?: string) {
  return useAccountMutation(async (sessionId?: string) => {
    const base = userId ? `/api/v1/users/${userId}/sessions` : '/api/v1/me/sessions';
    await request('DELETE', sessionId ? `${base}/${sessionId}` : base);
  });
}

export function useResetMemberTwoFactor(userId: string) {
  return useAccountMutation(async () => {
    await request('DELETE', `/api/v1/users/${userId}/2fa`);
  });
}

export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { current_password: string; email: string }) =>
      (await request<Schemas['ChangeOwnEmailResponse']>('POST', '/api/v1/me/email', { body })).data,
    // The address shown as "yours" and the session list both change.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['account'] }),
        queryClient.invalidateQueries({ queryKey: sharedKeys.me() }),
      ]),
  });
}

export async function confirmEmailChange(token: string): Promise<Schemas['ConfirmEmailChangeResponse']> {
  return (
    await request<Schemas['ConfirmEmailChangeResponse']>('POST', '/api/v1/auth/email-confirmation', {
      body: { token },
      auth: false,
    })
  ).data;
}

export function useSetTemporaryPassword(userId: string) {
  return useAccountMutation(
    async () =>
      (
        await request<Schemas['ResetMemberPasswordTemporaryPassword']>(
          'POST',
          `/api/v1/users/${userId}/temporary-password`,
        )
      ).data,
  );
}

export function useSendResetLink(userId: string) {
  return useAccountMutation(
    async () =>
      (await request<Schemas['ResetMemberPasswordResetLink']>('POST', `/api/v1/users/${userId}/password-reset`)).data,
  );
}

export async function completePasswordReset(body: { token: string; new_password: string }): Promise<void> {
  await request('POST', '/api/v1/auth/password-reset', { body, auth: false });
}
