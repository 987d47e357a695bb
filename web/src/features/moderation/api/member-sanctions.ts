import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MemberSanctions = components['schemas']['GetMemberSanctionsResponse'];
export type Sanction = components['schemas']['SanctionResponse'];
export type SanctionAction = 'warn' | 'mute' | 'kick' | 'ban';

export const memberSanctionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['members', id, 'sanctions'],
    queryFn: async () => (await request<MemberSanctions>('GET', `/api/v1/users/${id}/sanctions`)).data,
  });

export interface ApplySanctionInput {
  id: string;
  action: SanctionAction;
  reason: string;
  /** Seconds; undefined for warn, kick and a permanent ban. */
  duration?: number;
  evidence: string[];
  note?: string;
}

/** Applies a sanction; the server enforces it and tells the member's site client at once. */
export function useApplySanction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action, reason, duration, evidence, note }: ApplySanctionInput) =>
      (
        await request<Sanction>('POST', `/api/v1/users/${id}/${action}`, {
          body: { reason, duration: duration ?? null, evidence, note: note || null },
        })
      ).data,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: ['members', id] }),
  });
}

export function useLiftSanction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, kind }: { id: string; kind: 'mute' | 'ban' }) =>
      (await request<unknown>('POST', `/api/v1/users/${id}/un${kind}`, { body: {} })).data,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: ['members', id] }),
  });
}
