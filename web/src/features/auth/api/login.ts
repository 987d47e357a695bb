import { useMutation } from '@tanstack/react-query';
import { request } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';
import { startSession } from '@/lib/auth/session';

export interface Credentials {
  email: string;
  password: string;
  /** With two-factor sign-in on: the app's code or a recovery code. */
  code?: string;
  /** Replaces a temporary password in the same sign-in. */
  new_password?: string;
}

/** Signs in; the server sets the refresh cookie and the access token stays in memory. */
export async function login(credentials: Credentials): Promise<TokenResponse> {
  const { data } = await request<TokenResponse>('POST', '/api/v1/auth/login', { body: credentials, auth: false });
  startSession(data);
  return data;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
