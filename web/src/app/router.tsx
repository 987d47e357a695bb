import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import type { FeatureRoute } from '@/lib/feature';
import { LanguageSwitcher } from '@/features/settings/components/language-switcher';
import { ThemeToggle } from '@/features/settings/components/theme-toggle';
import { DocumentTitle } from './document-title';
import { features } from './features';
import { NotFoundPage } from './not-found-page';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';

const toolbar = (
  <>
    <LanguageSwitcher />
    <ThemeToggle />
  </>
);

/** A feature's route, its page loaded on first visit (one chunk per page) and guarded by its permission. */
function toRoute(route: FeatureRoute): RouteObject {
  const lazy = async () => {
    const Page = await route.page();
    const page = <Page toolbar={toolbar} />;
    return {
      element: route.permission ? <RequirePermission permission={route.permission}>{page}</RequirePermission> : page,
    };
  };
  const handle = { titleKey: route.titleKey };
  return route.path === '' ? { index: true, handle, lazy } : { path: route.path, handle, lazy };
}

const routes = features.flatMap((f) => f.routes);

/** The routes come from the features' declarations; this only places them in the frame. */
export function createRouter() {
  return createBrowserRouter([
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
  ]);
}
