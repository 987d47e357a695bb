import { resourceRoots } from '@/lib/api/keys';
import type { AuditFilters } from './api/list-audit';

export const auditKeys = {
  list: (filters: AuditFilters) => [...resourceRoots.audit, 'list', filters] as const,
  verify: () => [...resourceRoots.audit, 'verify'] as const,
  actorSearch: (q: string) => [...resourceRoots.users, 'actor-search', q] as const,
};
