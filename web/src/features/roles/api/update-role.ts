import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { Role, UpdateRoleRequest } from '@/lib/api/types';
import { roleQueryOptions } from './get-role';
import { rolesChanged } from './invalidate';

export interface UpdateRoleInput {
  id: string;
  version: number;
  changes: UpdateRoleRequest;
}

/** PATCH with If-Match: a role someone else changed meanwhile answers 412 instead of being overwritten. */
export async function updateRole({ id, version, changes }: UpdateRoleInput): Promise<Role> {
  return (await request<Role>('PATCH', `/api/v1/roles/${id}`, { body: changes, ifMatch: version })).data;
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRole,
    onSuccess: (role) => {
      queryClient.setQueryData(roleQueryOptions(role.id).queryKey, role);
      return rolesChanged(queryClient);
    },
  });
}
