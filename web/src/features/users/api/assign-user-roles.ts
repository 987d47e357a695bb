import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { User } from '@/lib/api/types';
import { memberChanged } from './invalidate';

export interface AssignRolesInput {
  id: string;
  add?: string[];
  remove?: string[];
}

export async function assignUserRoles({ id, add, remove }: AssignRolesInput): Promise<User> {
  return (await request<User>('POST', `/api/v1/users/${id}/roles`, { body: { add: add ?? [], remove: remove ?? [] } }))
    .data;
}

export function useAssignUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: assignUserRoles, onSuccess: (user) => memberChanged(queryClient, user) });
}
