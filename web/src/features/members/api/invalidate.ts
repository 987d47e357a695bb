import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@/lib/api/types';
import { userQueryOptions } from '@/lib/api/get-user';

/** After a member changed: the answer is the new truth for that member; lists and counts are refetched. */
export async function memberChanged(queryClient: QueryClient, user?: User) {
  if (user) queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['users'], refetchType: 'active' }),
    queryClient.invalidateQueries({ queryKey: ['roles'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
  ]);
}
