import type { QueryClient } from '@tanstack/react-query';

/**
 * Query-cache keys start with the API resource they were read from, so a write invalidates what it
 * changed by naming resources, without knowing which features cache them. Each feature builds its own
 * keys under these roots in its `keys.ts`; the keys here are for the data shared code reads.
 */
export const resourceRoots = {
  users: ['users'],
  roles: ['roles'],
  audit: ['audit'],
  me: ['me'],
} as const;

export type Resource = keyof typeof resourceRoots;

export const sharedKeys = {
  user: (id: string) => [...resourceRoots.users, 'one', id] as const,
  roles: () => resourceRoots.roles,
  me: () => resourceRoots.me,
  permissions: (language: string) => ['permissions', language] as const,
  serverInfo: () => ['server-info'] as const,
};

/** After a write: refetch what shows the named resources (only what is on screen for members, which are many). */
export async function resourcesChanged(queryClient: QueryClient, changed: readonly Resource[]) {
  await Promise.all(
    changed.map((r) =>
      queryClient.invalidateQueries({
        queryKey: resourceRoots[r],
        refetchType: r === 'users' ? 'active' : undefined,
      }),
    ),
  );
}
