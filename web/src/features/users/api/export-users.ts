import { download } from '@/lib/api/client';
import type { MemberFilters } from './list-users';

/** The members the list's current filters select, as a file (the server streams it). */
export function exportUsers(filters: MemberFilters, format: 'csv' | 'json'): Promise<void> {
  const { sort: _sort, ...query } = filters;
  return download('/api/v1/users/export', { ...query, format }, `gatehouse-members.${format}`);
}
