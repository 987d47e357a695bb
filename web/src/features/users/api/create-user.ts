import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { CreateUserRequest, User } from '@/lib/api/types';
import { memberChanged } from './invalidate';

export async function createUser(body: CreateUserRequest): Promise<User> {
  return (await request<User>('POST', '/api/v1/users', { body })).data;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: (user) => memberChanged(queryClient, user) });
}
