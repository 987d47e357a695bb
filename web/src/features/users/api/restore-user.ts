import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, request } from '@/lib/api/client';
import type { User } from '@/lib/api/types';
import { memberChanged } from './invalidate';

/** A member looked up with the deleted ones included: the profile of someone who left or was deleted. */
export function useDeletedMember(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', id, 'deleted'] as const,
    queryFn: ({ signal }) => get<User>(`/api/v1/users/${encodeURIComponent(id)}`, { include_deleted: true }, signal),
    enabled,
    retry: false,
  });
}

/** Brings a deleted member back as they were, roles included. */
export async function restoreUser(id: string): Promise<User> {
  return (await request<User>('POST', `/api/v1/users/${encodeURIComponent(id)}/restore`)).data;
}

export function useRestoreUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: restoreUser, onSuccess: (user) => memberChanged(queryClient, user) });
}
