import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, matchRoutes, Outlet, type RouteObject } from 'react-router';
import type { FeatureRoute } from '@/lib/feature';
import { LanguageSwitcher } from '@/features/settings/components/language-switcher';
import { ThemeToggle } from '@/features/settings/components/theme-toggle';
import { DocumentTitle } from './document-title';
import { features } from './features';
import { NotFoundPage } from './not-found-page';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';

/** The language and theme switches every stand-alone page shows (also prerendered: src/shell). */
export const pageToolbar = (
  <>
    <LanguageSwitcher />
    <ThemeToggle />
  </>
);

/** A feature's route, its page loaded on first visit (one chunk per page) and guarded by its permission. */
function toRoute(route: FeatureRoute): RouteObject {
  const lazy = async () => {
    const Page = await route.page();
    const page = <Page toolbar={pageToolbar} />;
    return {
      element: route.permission ? <RequirePermission permission={route.permission}>{page}</RequirePermission> : page,
    };
  };
  const handle = { titleKey: route.titleKey };
  return route.path === '' ? { index: true, handle, lazy } : { path: route.path, handle, lazy };
}

const routes = features.flatMap((f) => f.routes);

/** The routes come from the features' declarations; this only places them in the frame. */
export function createRoutes(): RouteObject[] {
  return [
    {
      element: (
        <>
          <DocumentTitle />
          <Outlet />
        </>
      ),
      hydrateFallbackElement: (
        <Center h="100vh">
          <Loader aria-label="Loading" />
        </Center>
      ),
      children: [
        ...routes.filter((r) => r.public).map(toRoute),
        {
          // The frame (sidebar, palette, live connection) loads with the first signed-in page, not with sign-in.
          lazy: async () => {
            // The live connection's code loads with the frame, never with sign-in.
            const [{ AppLayout }, live] = await Promise.all([import('./app-layout'), import('@/lib/live/use-live')]);
            live.startLiveConnectionEarly();
            return {
              element: (
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              ),
            };
          },
          children: [
            ...routes.filter((r) => !r.public).map(toRoute),
            { path: '*', element: <NotFoundPage />, handle: { titleKey: 'titles.notFound' } },
          ],
        },
      ],
    },
  ];
}

/**
 * Loads the modules of the routes the address opens (the frame and the page, which boot.js has
 * already preloaded) before the first render, so React renders the page once: with lazy routes
 * pending, the router would first render its fallback and then the page, compiling and committing
 * the tree twice on the cold load's critical path. Other routes stay lazy.
 */
export async function resolveInitialRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      // A chunk that fails to load stays lazy: the router then tries again and shows its error.
      const resolved = await route.lazy().catch(() => undefined);
      if (!resolved) return;
      Object.assign(route, resolved);
      delete route.lazy;
    }),
  );
}

export function createRouter(routes: RouteObject[] = createRoutes()) {
  return createBrowserRouter(routes);
}
