import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { MemberFilters } from './list-users';
import { memberChanged } from './invalidate';

export type BatchAction = 'disable' | 'enable' | 'delete' | 'add_tag' | 'remove_tag';

/** The members a batch acts on: the ones ticked, or every match of the list's filters. */
export type BatchTarget = { ids: string[] } | { match: MemberFilters };

export interface BatchRequest {
  action: BatchAction;
  target: BatchTarget;
  tag?: string;
  reason?: string;
  dryRun?: boolean;
}

export interface BatchResult {
  action: BatchAction;
  dry_run: boolean;
  matched: number;
  changed: number;
  unchanged: number;
  refused: { id: string; username: string; reason: string }[];
}

/** The list's filters as the batch endpoint reads them (the sort and the site id are not filters there). */
function matchOf(filters: MemberFilters) {
  const { sort: _sort, external_id: _external, banned, disabled, ...rest } = filters;
  return {
    ...rest,
    ...(banned ? { banned: banned === 'true' } : {}),
    ...(disabled ? { disabled: disabled === 'true' } : {}),
  };
}

/** One call for the whole batch: all or nothing on the server, one audit entry per changed member. */
export async function applyUserBatch({ action, target, tag, reason, dryRun }: BatchRequest): Promise<BatchResult> {
  const body = {
    action,
    ...('ids' in target ? { ids: target.ids } : { match: matchOf(target.match) }),
    ...(tag ? { tag } : {}),
    ...(reason ? { reason } : {}),
    ...(dryRun ? { dry_run: true } : {}),
  };
  return (await request<BatchResult>('POST', '/api/v1/users/batch', { body })).data;
}

export function useUserBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyUserBatch,
    onSettled: (result) => {
      if (result && !result.dry_run) void memberChanged(queryClient);
    },
  });
}
