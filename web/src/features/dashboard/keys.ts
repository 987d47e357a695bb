import { resourceRoots } from '@/lib/api/keys';

export const dashboardKeys = {
  memberCounts: () => [...resourceRoots.users, 'counts'] as const,
  latestAudit: () => [...resourceRoots.audit, 'latest'] as const,
};
