import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { sharedKeys } from '@/lib/api/keys';
import type { User } from '@/lib/api/types';
import { rolesChanged } from './invalidate';

export interface SetRoleMemberInput {
  roleId: string;
  userId: string;
  /** true gives the role, false takes it away. */
  member: boolean;
}

/** Gives or takes one role through the member's role assignment (the server checks permission and hierarchy, and audits). */
export async function setRoleMember({ roleId, userId, member }: SetRoleMemberInput): Promise<User> {
  const body = member ? { add: [roleId], remove: [] } : { add: [], remove: [roleId] };
  return (await request<User>('POST', `/api/v1/users/${userId}/roles`, { body })).data;
}

export function useSetRoleMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setRoleMember,
    onSuccess: (user) => {
      queryClient.setQueryData(sharedKeys.user(user.id), user);
      return rolesChanged(queryClient);
    },
  });
}
