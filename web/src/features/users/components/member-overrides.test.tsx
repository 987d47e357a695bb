import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { MemberOverrides } from './member-overrides';

const catalogue = ['users.read', 'audit.read', 'webhooks.manage'].map((name) => ({
  name,
  area: name.split('.')[0],
  description: `About ${name}`,
}));

const show = vi.spyOn(notifications, 'show');

describe('MemberOverrides', () => {
  it('saves a deny override with If-Match and shows the new counts', async () => {
    const member = aUser({ version: 4, allow_overrides: ['users.read'], deny_overrides: [] });
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/permissions': () => ({ body: catalogue }),
      'PATCH /api/v1/users/00000000-0000-7000-8000-000000000001': () => ({
        body: { ...member, version: 5, deny_overrides: ['audit.read'] },
      }),
    });
    renderWithProviders(<MemberOverrides member={member} />);
    expect(await screen.findByTestId('overrides-allowed')).toHaveTextContent('1 allowed');
    await userEvent.click(screen.getByRole('button', { name: 'Edit overrides' }));
    const audit = await screen.findByTestId('tri-audit.read');
    // The admin cannot allow what they do not hold themselves (webhooks.manage), but may deny it.
    expect(within(screen.getByTestId('tri-webhooks.manage')).getByRole('radio', { name: 'Allow' })).toBeDisabled();
    await userEvent.click(within(audit).getByRole('radio', { name: 'Deny' }));
    await userEvent.click(within(screen.getByTestId('unsaved-bar')).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'Overrides saved.' })));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"4"');
    expect(await patch.json()).toEqual({ deny_overrides: ['audit.read'] });
    expect(screen.getByTestId('overrides-denied')).toHaveTextContent('1 denied');
    expect(screen.queryByTestId('unsaved-bar')).not.toBeInTheDocument();
  });

  it('offers to keep or drop the edits when someone else saved the member meanwhile', async () => {
    const member = aUser({ version: 4, allow_overrides: [], deny_overrides: [] });
    const latest = { ...member, version: 6, allow_overrides: ['users.read'] };
    let patches = 0;
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/permissions': () => ({ body: catalogue }),
      'GET /api/v1/users/00000000-0000-7000-8000-000000000001': () => ({ body: latest }),
      'PATCH /api/v1/users/00000000-0000-7000-8000-000000000001': () =>
        ++patches === 1
          ? {
              status: 412,
              body: {
                type: 'https://gatehouse.dev/problems/precondition-failed',
                title: 'Changed',
                status: 412,
                current_version: 6,
              },
            }
          : { body: { ...latest, version: 7, deny_overrides: ['audit.read'] } },
    });
    renderWithProviders(<MemberOverrides member={member} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit overrides' }));
    await userEvent.click(within(await screen.findByTestId('tri-audit.read')).getByRole('radio', { name: 'Deny' }));
    await userEvent.click(within(screen.getByTestId('unsaved-bar')).getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByTestId('overrides-conflict');
    await userEvent.click(within(conflict).getByRole('button', { name: 'Keep my changes' }));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'Overrides saved.' })));
    const second = calls.filter((c) => c.method === 'PATCH')[1]!;
    expect(second.headers.get('If-Match')).toBe('"6"');
    // Only the admin's own change goes again; their colleague's allow stays.
    expect(await second.json()).toEqual({ deny_overrides: ['audit.read'] });
  });
});
