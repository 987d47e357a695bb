import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { MemberPrivacyTab } from './member-privacy-tab';

describe('MemberPrivacyTab', () => {
  it('erases only after the exact username is typed, and says what cannot be undone', async () => {
    const member = aUser({ username: 'gina' });
    const erased: string[] = [];
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      [`GET /api/v1/users/${member.id}`]: () => ({ body: member }),
      [`POST /api/v1/users/${member.id}/erase`]: () => {
        erased.push(member.id);
        return { body: { id: member.id, erased_at: '2026-01-01T00:00:00Z', sources: ['users'] } };
      },
    });
    renderWithProviders(<MemberPrivacyTab memberId={member.id} />);

    expect(await screen.findByText('This cannot be undone')).toBeInTheDocument();
    const erase = screen.getByRole('button', { name: 'Erase permanently' });
    const confirm = await screen.findByRole('textbox', { name: 'Type gina to confirm' });
    await userEvent.type(confirm, 'Gina');
    expect(erase).toBeDisabled();
    await userEvent.clear(confirm);
    await userEvent.type(confirm, 'gina');
    await userEvent.click(erase);
    expect(await screen.findByTestId('erase-done')).toBeInTheDocument();
    expect(erased).toEqual([member.id]);
  });
});
