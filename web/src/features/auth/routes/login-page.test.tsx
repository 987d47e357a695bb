import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderWithProviders } from '@/testing/render';
import { LoginPage } from './login-page';

const problem = (status: number, kind: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: { type: `https://gatehouse.dev/problems/${kind}`, title: kind, status, ...extra },
});

async function signIn() {
  renderWithProviders(<LoginPage toolbar={null} />, { route: '/login' });
  await userEvent.type(screen.getByRole('textbox', { name: /e-mail/i }), 'owner@example.com');
  await userEvent.type(screen.getByLabelText(/^password/i), 'secret');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('says the credentials are wrong without telling which', async () => {
    mockApi({
      'GET /api/v1/setup': () => ({ body: { needed: false } }),
      'POST /api/v1/auth/login': () => problem(401, 'invalid-credentials'),
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail or password');
    // Fixing the fields clears the old failure instead of leaving it up while typing.
    await userEvent.type(screen.getByLabelText(/^password/i), '!');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the lockout wait and keeps the button disabled until it is over', async () => {
    mockApi({
      'GET /api/v1/setup': () => ({ body: { needed: false } }),
      'POST /api/v1/auth/login': () => problem(429, 'account-locked', { retry_after_seconds: 90 }),
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(/try again in 1 minute 30 seconds/i);
    expect(screen.getByRole('button', { name: /try again in/i })).toBeDisabled();
  });

  it('shows the reason the server gives for a disabled account', async () => {
    mockApi({
      'GET /api/v1/setup': () => ({ body: { needed: false } }),
      'POST /api/v1/auth/login': () => problem(403, 'account-disabled', { detail: 'This account is disabled (spam).' }),
    });
    await signIn();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Account disabled');
    expect(alert).toHaveTextContent('(spam)');
  });

  it('links to the set-up page while the server has no owner', async () => {
    mockApi({ 'GET /api/v1/setup': () => ({ body: { needed: true } }) });
    renderWithProviders(<LoginPage toolbar={null} />, { route: '/login' });
    expect(await screen.findByRole('link', { name: 'Set up Gatehouse' })).toHaveAttribute('href', '/setup');
  });

  it('offers a button per single sign-on provider that starts at the server', async () => {
    mockApi({
      'GET /api/v1/setup': () => ({ body: { needed: false } }),
      'GET /api/v1/auth/sso/providers': () => ({ body: [{ id: 'corp', display_name: 'Corp ID' }] }),
    });
    renderWithProviders(<LoginPage toolbar={null} />, { route: '/login' });
    expect(await screen.findByRole('link', { name: 'Sign in with Corp ID' })).toHaveAttribute(
      'href',
      '/api/v1/auth/sso/corp/start',
    );
  });

  it('explains why a single sign-on came back refused', async () => {
    mockApi({ 'GET /api/v1/setup': () => ({ body: { needed: false } }) });
    renderWithProviders(<LoginPage toolbar={null} />, { route: '/login?sso=email-unverified' });
    expect(await screen.findByTestId('sso-error')).toHaveTextContent(/not say your e-mail is verified/i);
  });

  it('asks for the two-factor code after a single sign-on that needs one', async () => {
    mockApi({
      'GET /api/v1/setup': () => ({ body: { needed: false } }),
      'POST /api/v1/auth/sso/two-factor': () => problem(401, 'invalid-two-factor-code'),
    });
    renderWithProviders(<LoginPage toolbar={null} />, { route: '/login?sso=two-factor' });
    await userEvent.type(await screen.findByTestId('sso-code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/code is not valid/i)).toBeInTheDocument();
  });
});
