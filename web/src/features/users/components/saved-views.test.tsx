import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { aMe } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { SavedViews } from './saved-views';

function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

describe('SavedViews', () => {
  beforeEach(() => localStorage.clear());

  it('saves the current filters under a name, per admin, and applies them again', async () => {
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: aMe() }) });
    renderWithProviders(
      <>
        <SavedViews />
        <Where />
      </>,
      { route: '/members?status=online,idle&sort=-last_seen_at' },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Active now');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));

    const stored = JSON.parse(localStorage.getItem('gatehouse.member-views.00000000-0000-7000-8000-00000000beef') ?? '[]');
    expect(stored).toEqual([{ name: 'Active now', query: 'status=online%2Cidle&sort=-last_seen_at' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Delete “Active now”' }));
    expect(JSON.parse(localStorage.getItem('gatehouse.member-views.00000000-0000-7000-8000-00000000beef')!)).toEqual([]);
  });

  it('applies a saved view', async () => {
    localStorage.setItem(
      'gatehouse.member-views.00000000-0000-7000-8000-00000000beef',
      JSON.stringify([{ name: 'Mods', query: 'role=mod' }]),
    );
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: aMe() }) });
    renderWithProviders(
      <>
        <SavedViews />
        <Where />
      </>,
      { route: '/members' },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Views' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mods' }));
    expect(screen.getByTestId('where')).toHaveTextContent('?role=mod');
  });
});
