import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aRole, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { RoleMembers } from './role-members';

const role = aRole({ id: 'role-staff', name: 'staff', priority: 30, permissions: ['users.read'] });
const chip = { id: role.id, name: 'staff', color: null, priority: 30, hoist: false };
const grace = aUser({ id: 'u-grace', username: 'grace', display_name: 'Grace Hopper', roles: [chip] });
const boss = aUser({
  id: 'u-boss',
  username: 'boss',
  display_name: 'Big Boss',
  roles: [chip, { id: 'admin', name: 'admin', color: null, priority: 100, hoist: false }],
});
const alan = aUser({ id: 'u-alan', username: 'alan', display_name: 'Alan Turing', roles: [] });

function api(rank = 50) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: aMe({ rank }) }),
    'GET /api/v1/permissions': () => ({ body: [{ name: 'users.read', area: 'users', description: 'See members' }] }),
    'GET /api/v1/users': (r) => {
      const url = new URL(r.url);
      if (url.searchParams.get('role') === role.id) {
        const q = url.searchParams.get('q') ?? '';
        const items = [grace, boss].filter((u) => u.display_name.toLowerCase().includes(q.toLowerCase()));
        return { body: { items, next_cursor: null, total: items.length } };
      }
      return { body: { items: [alan, grace], next_cursor: null } };
    },
    'POST /api/v1/users/u-grace/roles': () => ({ body: { ...grace, roles: [] } }),
    'POST /api/v1/users/u-alan/roles': () => ({ body: { ...alan, roles: [chip] } }),
  });
}

const show = vi.spyOn(notifications, 'show');

describe('RoleMembers', () => {
  it('lists who holds the role and locks the members who outrank the admin', async () => {
    const { calls } = api();
    renderWithProviders(<RoleMembers role={role} />);
    const list = await screen.findByRole('list', { name: 'Members with staff' });
    expect(within(list).getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/members/u-grace');
    expect(screen.getByTestId('role-members-count')).toHaveTextContent('2 members hold this role');
    expect(screen.getByRole('button', { name: 'Take staff from Big Boss' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Take staff from Grace Hopper' }));
    await waitFor(() =>
      expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'staff taken from Grace Hopper.' })),
    );
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ add: [], remove: [role.id] });
  });

  it('searches within the role', async () => {
    api();
    renderWithProviders(<RoleMembers role={role} />);
    await screen.findByRole('list', { name: 'Members with staff' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter members of this role' }), 'grace');
    expect(await screen.findByText('1 matching member')).toBeInTheDocument();
    expect(screen.queryByText('Big Boss')).not.toBeInTheDocument();
  });

  it('says why the admin may not change who holds a role above them', async () => {
    api(20);
    renderWithProviders(<RoleMembers role={role} />);
    expect(await screen.findByTestId('role-members-locked')).toHaveTextContent('staff');
    expect(screen.queryByTestId('role-member-picker')).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Take staff from Grace Hopper' })).toBeDisabled();
  });
});
