import { useMemo } from 'react';
import { accessOf, useMe, type Access } from './get-me';

/** The signed-in admin's access; undefined while /auth/me loads. */
export function useAccess(): Access | undefined {
  const { data } = useMe();
  return useMemo(() => (data ? accessOf(data) : undefined), [data]);
}
