import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { CreateRoleRequest, Role } from '@/lib/api/types';
import { rolesChanged } from './invalidate';

export async function createRole(body: CreateRoleRequest): Promise<Role> {
  return (await request<Role>('POST', '/api/v1/roles', { body })).data;
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRole, onSuccess: () => rolesChanged(queryClient) });
}
