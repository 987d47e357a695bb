import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/problem';
import { assignUserRoles } from './assign-user-roles';
import { memberChanged } from './invalidate';

export interface BulkResult {
  done: number;
  failed: { id: string; reason: string }[];
}

/**
 * Gives or takes a role for many members, four at a time: each member passes the hierarchy on its
 * own, so some may be refused while the others succeed. Disable, enable, delete and tags go through
 * the all-or-nothing batch endpoint instead (apply-user-batch.ts).
 */
export async function runBulk(ids: string[], operation: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: 0, failed: [] };
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        await operation(id);
        result.done++;
      } catch (error) {
        result.failed.push({ id, reason: error instanceof ApiError ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, worker));
  return result;
}

export type BulkAction = { kind: 'add-role'; role: string } | { kind: 'remove-role'; role: string };

export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, action }: { ids: string[]; action: BulkAction }) =>
      runBulk(ids, (id) => {
        switch (action.kind) {
          case 'add-role':
            return assignUserRoles({ id, add: [action.role] });
          case 'remove-role':
            return assignUserRoles({ id, remove: [action.role] });
        }
      }),
    onSettled: () => memberChanged(queryClient),
  });
}
