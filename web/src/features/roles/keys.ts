import { resourceRoots } from '@/lib/api/keys';

export const roleKeys = {
  one: (id: string) => [...resourceRoots.roles, 'one', id] as const,
  versions: (id: string) => [...resourceRoots.roles, 'one', id, 'versions'] as const,
  // Member lists are read from /users: they live under that resource so any member write refreshes them.
  members: (id: string, q: string) => [...resourceRoots.users, 'role-members', id, q] as const,
  candidates: (q: string) => [...resourceRoots.users, 'role-candidates', q] as const,
};
