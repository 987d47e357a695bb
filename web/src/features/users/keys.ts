import { resourceRoots, sharedKeys } from '@/lib/api/keys';
import type { MemberFilters } from './api/list-users';

/** The members feature's cache keys; all under the resource they read, so writes elsewhere refresh them. */
export const userKeys = {
  list: (filters: MemberFilters) => [...resourceRoots.users, 'list', filters] as const,
  search: (q: string) => [...resourceRoots.users, 'search', q] as const,
  permissions: (id: string) => [...sharedKeys.user(id), 'permissions'] as const,
  history: (id: string) => [...resourceRoots.audit, 'target', 'user', id] as const,
};
