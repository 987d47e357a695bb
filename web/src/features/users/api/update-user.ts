import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { UpdateUserRequest, User } from '@/lib/api/types';
import { memberChanged } from './invalidate';

export interface UpdateUserInput {
  id: string;
  /** The version the edit started from; the server answers 412 when someone changed the member since. */
  version: number;
  changes: UpdateUserRequest;
}

export async function updateUser({ id, version, changes }: UpdateUserInput): Promise<User> {
  return (await request<User>('PATCH', `/api/v1/users/${id}`, { body: changes, ifMatch: version })).data;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: (user) => memberChanged(queryClient, user) });
}
