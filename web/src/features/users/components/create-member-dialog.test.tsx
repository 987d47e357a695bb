import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aRole } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { CreateMemberDialog } from './create-member-dialog';

function api(create: () => { status: number; body: unknown }) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: aMe() }),
    'GET /api/v1/roles': () => ({
      body: [aRole({ name: 'admin', priority: 100 }), aRole({ id: 'r-member', name: 'member', priority: 10 })],
    }),
    'GET /api/v1/permissions': () => ({ body: [] }),
    'POST /api/v1/users': create,
  });
}

async function fill() {
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /username/i }), 'ada');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /e-mail/i }), 'ada@example.com');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Add member' }));
  return dialog;
}

describe('CreateMemberDialog', () => {
  it('puts the server validation errors on the fields they name', async () => {
    api(() => ({
      status: 400,
      body: {
        status: 400,
        type: 'https://gatehouse.dev/problems/validation',
        errors: { username: ['Use letters, digits, ".", "_" or "-".'], email: ['This e-mail is not valid.'] },
      },
    }));
    renderWithProviders(<CreateMemberDialog opened onClose={() => {}} />);
    const dialog = await fill();
    expect(await within(dialog).findByText('Use letters, digits, ".", "_" or "-".')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /username/i })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /e-mail/i })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a duplicate on the field that is taken', async () => {
    api(() => ({
      status: 409,
      body: { status: 409, type: 'https://gatehouse.dev/problems/duplicate', detail: 'This email is already taken.' },
    }));
    renderWithProviders(<CreateMemberDialog opened onClose={() => {}} />);
    const dialog = await fill();
    expect(await within(dialog).findByText('This email is already taken.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /e-mail/i })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /username/i })).not.toHaveAttribute('aria-invalid', 'true');
  });
});
