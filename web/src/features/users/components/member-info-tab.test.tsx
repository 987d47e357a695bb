import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { MemberInfoTab } from './member-info-tab';

describe('MemberInfoTab', () => {
  it('on a stale edit shows what the other admin changed, then re-applies only our change on their version', async () => {
    const member = aUser({ version: 3, display_name: 'Ada', status_message: null });
    const theirs = aUser({ version: 4, display_name: 'Ada', status_message: 'on holiday' });
    const patches: { ifMatch: string | null; body: Request }[] = [];
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      [`GET /api/v1/users/${member.id}`]: () => ({ body: theirs }),
      [`PATCH /api/v1/users/${member.id}`]: (r) => {
        const ifMatch = r.headers.get('If-Match');
        // The mock answers synchronously; the request body is read from the recorded clone below.
        patches.push({ ifMatch, body: r });
        return ifMatch === '"3"'
          ? {
              status: 412,
              body: { status: 412, type: 'https://gatehouse.dev/problems/precondition-failed', current_version: 4 },
            }
          : { body: { ...theirs, version: 5, display_name: 'Ada Lovelace' } };
      },
    });
    renderWithProviders(<MemberInfoTab member={member} />);

    const name = await screen.findByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict).toHaveTextContent('version 4');
    expect(conflict).toHaveTextContent('status message');
    await userEvent.click(screen.getByRole('button', { name: 'Keep my changes' }));
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).not.toBeInTheDocument());
    expect(patches.map((p) => p.ifMatch)).toEqual(['"3"', '"4"']);
    // Only our own field goes out, both times: their status message is neither sent back nor cleared.
    const bodies = await Promise.all(patches.map((p) => p.body.json() as Promise<unknown>));
    expect(bodies).toEqual([{ display_name: 'Ada Lovelace' }, { display_name: 'Ada Lovelace' }]);
    expect(screen.getByRole('textbox', { name: 'Status message' })).toHaveValue('on holiday');
  });

  it('shows the status an offline member chose, not a blank field', async () => {
    const member = aUser({ status: 'offline', chosen_status: 'dnd' });
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: aMe() }) });
    renderWithProviders(<MemberInfoTab member={member} />);
    expect(await screen.findByRole('textbox', { name: 'Status' })).toHaveValue('Do not disturb');
  });
});
