import type { QueryClient } from '@tanstack/react-query';
import { resourcesChanged } from '@/lib/api/keys';

/** Roles feed member chips, effective permissions (the admin's own too), the audit log and the dashboard. */
export async function rolesChanged(queryClient: QueryClient) {
  await resourcesChanged(queryClient, ['roles', 'users', 'me', 'audit']);
}
