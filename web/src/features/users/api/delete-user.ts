import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import { memberChanged } from './invalidate';

export async function deleteUser(id: string): Promise<void> {
  await request<undefined>('DELETE', `/api/v1/users/${id}`);
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteUser, onSuccess: () => memberChanged(queryClient) });
}
