import { resourceRoots } from '@/lib/api/keys';

export const roleKeys = {
  one: (id: string) => [...resourceRoots.roles, 'one', id] as const,
  versions: (id: string) => [...resourceRoots.roles, 'one', id, 'versions'] as const,
};
