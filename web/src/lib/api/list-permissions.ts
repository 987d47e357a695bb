import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from './client';
import type { PermissionInfo } from './types';
import { sharedKeys } from './keys';

/** The permission catalogue; its descriptions come localized from the server. */
export function listPermissions(signal?: AbortSignal): Promise<PermissionInfo[]> {
  return get<PermissionInfo[]>('/api/v1/permissions', undefined, signal);
}

export const permissionsQueryOptions = (language: string) =>
  queryOptions({
    queryKey: sharedKeys.permissions(language),
    queryFn: ({ signal }) => listPermissions(signal),
    staleTime: Infinity,
  });

export function usePermissionCatalogue() {
  const { i18n } = useTranslation();
  return useQuery(permissionsQueryOptions(i18n.resolvedLanguage ?? 'en'));
}

/** Expands wildcard grants (`users.*`, `*`) into catalogue permissions. */
export function expandGrants(grants: readonly string[], catalogue: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const permission of catalogue) {
    for (const grant of grants) {
      if (
        grant === '*' ||
        grant === permission ||
        (grant.endsWith('.*') && permission.startsWith(grant.slice(0, -1)))
      ) {
        out.add(permission);
        break;
      }
    }
  }
  return out;
}
