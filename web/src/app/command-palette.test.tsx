import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aRole } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { withRecent } from '@/lib/recent-items';
import { CommandPalette } from './command-palette';
import { palette } from './palette-store';

function setup(permissions?: string[], { openFirst = false } = {}) {
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: aMe(permissions ? { permissions } : {}) }),
    'GET /api/v1/roles': () => ({ body: [aRole({ id: 'r1', name: 'staff' })] }),
    'GET /api/v1/users': () => ({ body: { items: [], next_cursor: null } }),
  });
  localStorage.setItem(
    'gatehouse.recent-items',
    JSON.stringify(withRecent([], { kind: 'role', id: 'r1', label: 'staff', to: '/roles/r1' })),
  );
  // The frame renders the palette after its first paint: Ctrl/Cmd+K may have opened the store before.
  if (openFirst) palette.open();
  const rendered = renderWithProviders(<CommandPalette />);
  if (!openFirst) act(() => palette.open());
  return { ...rendered, api };
}

describe('CommandPalette', () => {
  beforeEach(() => localStorage.clear());

  it('offers the everyday actions the admin may take, and recent items', async () => {
    setup();
    expect(await screen.findByRole('button', { name: 'Add a member' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create a role' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to French (Français)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /staff\s*Role/ })).toBeInTheDocument();
  });

  it('opens, and asks for the roles, when opened before it rendered', async () => {
    const { api } = setup(undefined, { openFirst: true });
    await userEvent.type(await screen.findByPlaceholderText('Search pages, members and roles'), 'sta');
    // The recent item and the role found among the roles asked for.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /staff/ })).toHaveLength(2));
    expect(api.calls.some((c) => new URL(c.url).pathname === '/api/v1/roles')).toBe(true);
  });

  it('hides actions the admin may not take and narrows by what is typed', async () => {
    setup(['users.read', 'roles.read']);
    expect(await screen.findByRole('button', { name: /Switch to the (light|dark) theme/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a member' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByPlaceholderText('Search pages, members and roles'), 'theme');
    expect(screen.queryByRole('button', { name: 'Switch to French (Français)' })).not.toBeInTheDocument();
  });
});

describe('withRecent', () => {
  it('puts the newest first, once, and keeps six', () => {
    let items = withRecent([], { kind: 'member', id: 'a', label: 'A', to: '/members/a' });
    for (const id of ['b', 'c', 'd', 'e', 'f', 'g'])
      items = withRecent(items, { kind: 'member', id, label: id, to: id });
    items = withRecent(items, { kind: 'member', id: 'c', label: 'C again', to: 'c' });
    expect(items.map((i) => i.id)).toEqual(['c', 'g', 'f', 'e', 'd', 'b']);
    expect(items[0]!.label).toBe('C again');
  });
});

describe('CommandPalette theme action', () => {
  beforeEach(() => localStorage.clear());

  it('switches the colour scheme, and then offers the way back', async () => {
    setup();
    const action = await screen.findByRole('button', { name: /Switch to the (light|dark) theme/ });
    const target = /light/.test(action.textContent) ? 'light' : 'dark';
    const back = target === 'light' ? 'dark' : 'light';
    await userEvent.click(action);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', target);
    act(() => palette.open());
    expect(await screen.findByRole('button', { name: `Switch to the ${back} theme` })).toBeInTheDocument();
  });
});
