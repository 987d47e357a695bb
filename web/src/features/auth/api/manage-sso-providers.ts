import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type SsoProvider = Schemas['SsoProviderView'];
export type SsoProviderInput = Schemas['ManageSsoProvidersRequest'];

const providersKey = ['sso', 'providers'] as const;

/** Configured providers, for administrators (never their client secrets, only whether one is stored). */
export function useSsoProviders() {
  return useQuery({ queryKey: providersKey, queryFn: () => get<SsoProvider[]>('/api/v1/sso/providers') });
}

function useProviderMutation<TIn>(fn: (input: TIn) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // The sign-in page's buttons follow the providers.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sso'] }),
  });
}

/** Adds or changes a provider; a null client_secret keeps the stored one, an empty one removes it. */
export function useSaveSsoProvider() {
  return useProviderMutation(async ({ id, body }: { id: string; body: SsoProviderInput }) => {
    await request('PUT', `/api/v1/sso/providers/${encodeURIComponent(id)}`, { body });
  });
}

export function useDeleteSsoProvider() {
  return useProviderMutation(async (id: string) => {
    await request('DELETE', `/api/v1/sso/providers/${encodeURIComponent(id)}`);
  });
}

/** The settings of a stored provider as a save request that changes nothing but what the caller overrides. */
export function asInput(p: SsoProvider): SsoProviderInput {
  return {
    display_name: p.display_name,
    issuer: p.issuer,
    client_id: p.client_id,
    client_secret: null,
    scopes: [...p.scopes],
    auto_create: p.auto_create,
    default_role: p.default_role_id ?? null,
    roles_claim: p.roles_claim ?? null,
    role_mappings: p.role_mappings.map((m) => ({ group: m.group, role: m.role_id })),
    enabled: p.enabled,
  };
}
