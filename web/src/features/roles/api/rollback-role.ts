import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { Role } from '@/lib/api/types';
import { roleQueryOptions } from './get-role';
import { rolesChanged } from './invalidate';

/** Returns a role to an earlier version; the rollback is recorded as a new version. */
export async function rollbackRole({ id, version }: { id: string; version: number }): Promise<Role> {
  return (await request<Role>('POST', `/api/v1/roles/${id}/rollback`, { body: { version } })).data;
}

export function useRollbackRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rollbackRole,
    onSuccess: (role) => {
      queryClient.setQueryData(roleQueryOptions(role.id).queryKey, role);
      return rolesChanged(queryClient);
    },
  });
}
