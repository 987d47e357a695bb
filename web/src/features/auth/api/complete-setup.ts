import { useMutation } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { SetupRequest, User } from '@/lib/api/types';
import { login } from './login';

/** Creates the owner with the one-time token from the server log, then signs them in. */
export async function completeSetup(body: SetupRequest): Promise<User> {
  const { data } = await request<User>('POST', '/api/v1/setup', { body, auth: false });
  await login({ email: body.email ?? '', password: body.password ?? '' });
  return data;
}

export function useCompleteSetup() {
  return useMutation({ mutationFn: completeSetup });
}
