import { screen } from '@testing-library/react';
import { aMe, aRole, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { MemberRolesTab } from './member-roles-tab';

describe('MemberRolesTab', () => {
  it('disables the roles the admin may not touch and says why', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe({ rank: 50, permissions: ['users.read', 'roles.assign'] }) }),
      'GET /api/v1/roles': () => ({
        body: [
          aRole({ id: 'admin', name: 'admin', priority: 100 }),
          aRole({ id: 'mod', name: 'moderator', priority: 50 }),
          aRole({ id: 'auditor', name: 'auditor', priority: 20, permissions: ['audit.read'] }),
          aRole({ id: 'member', name: 'member', priority: 10, permissions: ['users.read'] }),
        ],
      }),
      'GET /api/v1/permissions': () => ({
        body: ['users.read', 'audit.read'].map((name) => ({ name, area: name.split('.')[0], description: name })),
      }),
    });
    renderWithProviders(<MemberRolesTab member={aUser({ roles: [] })} />);

    expect(await screen.findByRole('switch', { name: 'Role member' })).toBeEnabled();
    expect(screen.getByRole('switch', { name: 'Role admin' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Role moderator' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'Role auditor' })).toBeDisabled();
    const reasons = screen.getAllByTestId('role-disabled-reason').map((r) => r.textContent);
    expect(reasons).toContain(' admin is not below your highest role.');
    expect(reasons).toContain(' This role grants audit.read, which you do not hold.');
  });

  it('locks every role of a member who outranks the admin', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe({ rank: 50 }) }),
      'GET /api/v1/roles': () => ({ body: [aRole({ id: 'member', name: 'member', priority: 10 })] }),
      'GET /api/v1/permissions': () => ({ body: [] }),
    });
    const boss = aUser({ roles: [{ id: 'admin', name: 'admin', color: null, priority: 100, hoist: false }] });
    renderWithProviders(<MemberRolesTab member={boss} />);
    expect(await screen.findByRole('switch', { name: 'Role member' })).toBeDisabled();
    expect(screen.getAllByText("This member's highest role is not below yours.").length).toBeGreaterThan(0);
  });
});
