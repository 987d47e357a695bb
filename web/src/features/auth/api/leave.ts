import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api/client';
import { endSession } from '@/lib/auth/session';
import { clearUserDirectory } from '@/lib/live/user-directory';

/** Leaves the community: the server ends every session and deletes the account (restorable within the return window). */
export async function leaveCommunity(): Promise<void> {
  await send('POST', '/api/v1/me/leave');
  endSession('signed-out');
}

export function useLeaveCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveCommunity,
    onSuccess: () => {
      queryClient.clear();
      clearUserDirectory();
    },
  });
}
