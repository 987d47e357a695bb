import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation } from 'react-router';
import { renderWithProviders } from '@/testing/render';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

function Page({ dirty }: { dirty: boolean }) {
  const { pathname } = useLocation();
  return (
    <>
      <p data-testid="where">{pathname}</p>
      <Link to="/elsewhere">Leave</Link>
      <UnsavedChangesGuard when={dirty} />
    </>
  );
}

describe('UnsavedChangesGuard', () => {
  it('asks before leaving a form with unsaved changes, and stays when told to', async () => {
    renderWithProviders(<Page dirty />, { route: '/roles/1' });
    await userEvent.click(screen.getByRole('link', { name: 'Leave' }));
    expect(await screen.findByText('Leave without saving?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/roles/1');

    await userEvent.click(screen.getByRole('link', { name: 'Leave' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Leave and discard' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/elsewhere'));
  });

  it('lets a clean form go without asking', async () => {
    renderWithProviders(<Page dirty={false} />, { route: '/roles/1' });
    await userEvent.click(screen.getByRole('link', { name: 'Leave' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/elsewhere'));
    expect(screen.queryByText('Leave without saving?')).not.toBeInTheDocument();
  });
});
