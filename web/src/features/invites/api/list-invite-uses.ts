import { useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type InviteUse = components['schemas']['ListInviteUsesUseResponse'];

export function useInviteUses(code: string | undefined) {
  return useQuery({
    queryKey: ['invites', code, 'uses'] as const,
    queryFn: ({ signal }) =>
      get<InviteUse[]>(`/api/v1/invites/${encodeURIComponent(code ?? '')}/uses`, undefined, signal),
    enabled: !!code,
  });
}
