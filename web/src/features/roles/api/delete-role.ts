import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { rolesChanged } from './invalidate';

export interface DeleteRoleInput {
  id: string;
  /** Where the role's members go, required when it still has members. */
  reassign?: string;
}

export async function deleteRole({ id, reassign }: DeleteRoleInput): Promise<void> {
  await request<undefined>('DELETE', `/api/v1/roles/${id}`, { query: { reassign } });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRole, onSuccess: () => rolesChanged(queryClient) });
}
