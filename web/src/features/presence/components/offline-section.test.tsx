import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { OfflineSection } from './offline-section';

const mod = { id: 'mod', name: 'moderator', color: '#e74c3c', priority: 50, hoist: true };

function api() {
  return mockApi({
    'GET /api/v1/users': () => ({
      body: {
        items: [aUser({ id: 'u-1', display_name: 'Sam Pixel', status: 'offline', roles: [mod] })],
        next_cursor: null,
        total: 1,
      },
    }),
  });
}

describe('OfflineSection', () => {
  beforeEach(() => localStorage.clear());

  it('starts collapsed with the count, opens on demand and remembers it', async () => {
    api();
    const { unmount } = renderWithProviders(<OfflineSection filter={{ q: '', roleId: undefined }} onlineCount={3} />);
    const toggle = screen.getByTestId('offline-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(await within(toggle).findByText('Offline — 1')).toBeInTheDocument();
    expect(screen.queryByTestId('offline-member')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const row = await screen.findByTestId('offline-member');
    const name = within(row).getByRole('link', { name: 'Sam Pixel' });
    expect(name).toHaveAttribute('href', '/members/u-1');
    // Coloured by the member's top role, adjusted for contrast per theme.
    expect(name).toHaveClass('gh-role-name');
    unmount();

    renderWithProviders(<OfflineSection filter={{ q: '', roleId: undefined }} onlineCount={3} />);
    expect(screen.getByTestId('offline-toggle')).toHaveAttribute('aria-expanded', 'true');
  });

  it("asks the server for offline members with the page's search and role", async () => {
    const { calls } = api();
    renderWithProviders(<OfflineSection filter={{ q: 'sam', roleId: 'mod' }} onlineCount={0} />);
    await within(screen.getByTestId('offline-toggle')).findByText('Offline — 1');
    const url = new URL(calls[0]!.url);
    expect(url.searchParams.get('status')).toBe('offline');
    expect(url.searchParams.get('q')).toBe('sam');
    expect(url.searchParams.get('role')).toBe('mod');
    expect(url.searchParams.get('sort')).toBe('-last_seen_at');
  });
});
