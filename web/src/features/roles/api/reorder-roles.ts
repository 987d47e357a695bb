import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { rolesQueryOptions } from '@/lib/api/list-roles';
import type { Role } from '@/lib/api/types';
import { rolesChanged } from './invalidate';

/**
 * The listed roles swap their existing priorities: the first gets the highest of them. Only
 * roles below the admin's own are listed, so the ones above never move.
 */
export async function reorderRoles(roleIds: string[]): Promise<Role[]> {
  return (await request<Role[]>('PUT', '/api/v1/roles/order', { body: { role_ids: roleIds } })).data;
}

/** The order the server will produce, applied at once so the list does not jump back while saving. */
export function applyOrder(roles: Role[], roleIds: string[]): Role[] {
  const moving = roles.filter((r) => roleIds.includes(r.id));
  const priorities = moving.map((r) => r.priority).sort((a, b) => b - a);
  const next = new Map(roleIds.map((id, i) => [id, priorities[i] ?? 0]));
  return roles
    .map((r) => (next.has(r.id) ? { ...r, priority: next.get(r.id)! } : r))
    .sort((a, b) => b.priority - a.priority);
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
