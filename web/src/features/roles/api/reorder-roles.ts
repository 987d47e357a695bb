import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { rolesQueryOptions } from '@/lib/api/list-roles';
import type { Role } from '@/lib/api/types';
import { rolesChanged } from './invalidate';

/**
 * Only the roles that must move to reach this order get a new priority, between their new
 * neighbours; the others keep theirs (docs/adr/role-order.md). Only roles below the admin's own
 * are listed, so the ones above never move.
 */
export async function reorderRoles(roleIds: string[]): Promise<Role[]> {
  return (await request<Role[]>('PUT', '/api/v1/roles/order', { body: { role_ids: roleIds } })).data;
}

/**
 * The listed roles shown in their new order at once, in the places they already occupy, so the
 * list does not jump back while saving; the priorities the server chose arrive with its answer.
 */
export function applyOrder(roles: Role[], roleIds: string[]): Role[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const queue = roleIds.map((id) => byId.get(id)).filter((r): r is Role => r !== undefined);
  return roles.map((r) => (roleIds.includes(r.id) ? (queue.shift() ?? r) : r));
}

export function useReorderRoles() {
  const queryClient = useQueryClient();
  const key = rolesQueryOptions().queryKey;
  return useMutation({
    mutationFn: reorderRoles,
    onMutate: async (roleIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      if (previous) queryClient.setQueryData(key, applyOrder(previous, roleIds));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => rolesChanged(queryClient),
  });
}
