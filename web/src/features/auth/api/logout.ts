import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '@/lib/api/client';
import { endSession } from '@/lib/auth/session';
import { clearUserDirectory } from '@/lib/live/user-directory';

/** Ends this session on the server (revokes the refresh token) and forgets everything cached. */
export async function logout(): Promise<void> {
  try {
    await send('POST', '/api/v1/auth/logout');
  } finally {
    endSession('signed-out');
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      clearUserDirectory();
    },
  });
}
