import { useState } from 'react';
import { RouterProvider, type RouteObject } from 'react-router';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

/** `routes`: as main.tsx prepared them (the address's modules loaded); tests let the app make its own. */
export function App({ routes }: { routes?: RouteObject[] }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createRouter(routes));
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
