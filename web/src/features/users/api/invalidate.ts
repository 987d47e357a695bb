import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@/lib/api/types';
import { userQueryOptions } from '@/lib/api/get-user';
import { resourcesChanged } from '@/lib/api/keys';

/** After a member changed: the answer is the new truth for that member; lists, role counts and the log are refetched. */
export async function memberChanged(queryClient: QueryClient, user?: User) {
  if (user) queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
  await resourcesChanged(queryClient, ['users', 'roles', 'audit']);
}
