import { screen } from '@testing-library/react';
import { aMe } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { DashboardReportsCard } from './dashboard-reports-card';

const me = aMe({ permissions: ['reports.manage'] });

function api(open: number, breached: number) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/reports': () => ({
      body: { items: [], next_cursor: null, open_count: open, breached_count: breached },
    }),
  });
}

describe('DashboardReportsCard', () => {
  it('shows the open reports and those past their SLA, asking the queue for its counts only', async () => {
    const { calls } = api(12, 3);
    renderWithProviders(<DashboardReportsCard />);
    expect(await screen.findByTestId('dashboard-reports-open')).toHaveTextContent('12');
    expect(screen.getByTestId('dashboard-reports-breached')).toHaveTextContent('3');
    expect(screen.getByRole('link', { name: 'Open the queue' })).toHaveAttribute('href', '/reports');
    const queue = calls.find((c) => c.url.includes('/api/v1/reports'))!;
    expect(new URL(queue.url, 'http://x').searchParams.get('limit')).toBe('1');
  });

  it('says what will appear there when nothing is open', async () => {
    api(0, 0);
    renderWithProviders(<DashboardReportsCard />);
    expect(await screen.findByTestId('dashboard-reports-none')).toHaveTextContent('No open reports');
  });
});
