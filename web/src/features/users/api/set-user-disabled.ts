import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { User } from '@/lib/api/types';
import { memberChanged } from './invalidate';

export interface SetDisabledInput {
  id: string;
  disabled: boolean;
  reason?: string;
}

/** Disabling ends the member's sessions at once; enabling lets them sign in again. */
export async function setUserDisabled({ id, disabled, reason }: SetDisabledInput): Promise<User> {
  const path = `/api/v1/users/${id}/${disabled ? 'disable' : 'enable'}`;
  return (await request<User>('POST', path, { body: disabled ? { reason: reason || null } : undefined })).data;
}

export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setUserDisabled, onSuccess: (user) => memberChanged(queryClient, user) });
}
