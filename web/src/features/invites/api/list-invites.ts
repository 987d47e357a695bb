import { queryOptions, useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Invite = components['schemas']['InviteResponse'];
export type InvitePage = components['schemas']['PageOfInviteResponse'];

export const invitesKey = ['invites'] as const;

/** Invites, newest first (one page of 200 holds what a community keeps open). */
export function listInvites(signal?: AbortSignal): Promise<InvitePage> {
  return get<InvitePage>('/api/v1/invites', { limit: 200 }, signal);
}

export function useInvites() {
  return useQuery(queryOptions({ queryKey: invitesKey, queryFn: ({ signal }) => listInvites(signal) }));
}
