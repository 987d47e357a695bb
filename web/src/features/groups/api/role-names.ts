import { useQuery } from '@tanstack/react-query';
import { get } from '@/lib/api/client';

interface RoleName {
  id: string;
  name: string;
}

/** Role names for the target and role tests (suggestions only: a manager without roles.read types the name). */
export function useRoleNames() {
  return useQuery({
    queryKey: ['groups', 'role-names'] as const,
    queryFn: ({ signal }) => get<RoleName[]>('/api/v1/roles', undefined, signal),
    retry: false,
  });
}
