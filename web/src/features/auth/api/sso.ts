import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';
import { startSession } from '@/lib/auth/session';

export interface SsoButton {
  id: string;
  display_name: string;
}

export interface LinkedIdentity {
  id: string;
  provider: string;
  provider_name: string;
  email: string;
  linked_at: string;
  last_sign_in_at?: string | null;
}

/** Where "Sign in with …" sends the browser: the server answers with a redirect to the provider. */
export const ssoStartUrl = (id: string) => `/api/v1/auth/sso/${encodeURIComponent(id)}/start`;

/** Providers shown on the sign-in page (public). */
export function useSsoButtons() {
  return useQuery({
    queryKey: ['sso', 'buttons'],
    queryFn: async () => (await request<SsoButton[]>('GET', '/api/v1/auth/sso/providers', { auth: false })).data,
    staleTime: 60_000,
  });
}

/** The two-factor code of a single sign-on that waits for it (the provider's answer is in a short-lived cookie). */
export function useConfirmSsoTwoFactor() {
  return useMutation({
    mutationFn: async (code: string) => {
      const { data } = await request<TokenResponse>('POST', '/api/v1/auth/sso/two-factor', {
        body: { code },
        auth: false,
      });
      startSession(data);
      return data;
    },
  });
}

const identitiesKey = ['account', 'identities'] as const;

export function useMyIdentities() {
  return useQuery({ queryKey: identitiesKey, queryFn: () => get<LinkedIdentity[]>('/api/v1/me/identities') });
}

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await request('DELETE', `/api/v1/me/identities/${id}`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identitiesKey }),
  });
}
