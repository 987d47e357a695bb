import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { theme } from '@/app/theme';

/** Renders a component with the app's providers, a fresh query cache and an in-memory data router (guards need one). */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', ...options }: { route?: string } & RenderOptions = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <ModalsProvider>
          <RouterProvider
            router={createMemoryRouter([{ path: '*', element: children }], { initialEntries: [route] })}
          />
        </ModalsProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
  return { queryClient, ...render(ui, { wrapper, ...options }) };
}

/** Replaces fetch with a handler keyed by "METHOD /path" that answers JSON; unknown calls fail the test. */
export function mockApi(
  routes: Record<string, (request: Request) => { status?: number; body?: unknown; headers?: Record<string, string> }>,
) {
  const calls: Request[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url0 = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const request = new Request(new URL(url0, 'http://localhost'), init);
    calls.push(request.clone());
    const url = new URL(request.url);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return Promise.reject(new Error(`Unexpected ${request.method} ${url.pathname}`));
    const { status = 200, body, headers = {} } = handler(request);
    const isProblem = status >= 400;
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...headers },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
