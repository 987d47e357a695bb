import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { MemberHeader } from './member-header';

describe('MemberHeader', () => {
  it('asks for confirmation and a reason before disabling, like the row menu', async () => {
    const member = aUser({ id: '00000000-0000-7000-8000-0000000000c1', display_name: 'Sam Pixel' });
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      [`POST /api/v1/users/${member.id}/disable`]: () => ({ body: { ...member, is_disabled: true, version: 2 } }),
    });
    renderWithProviders(<MemberHeader member={member} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Disable' }));
    await screen.findByRole('dialog');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.type(screen.getByRole('textbox', { name: /^Reason/ }), 'spam');
    await userEvent.click(screen.getAllByRole('button', { name: 'Disable' }).at(-1)!);
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toMatchObject({ reason: 'spam' });
  });
});
