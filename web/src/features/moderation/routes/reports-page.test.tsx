import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import type { Report } from '../api/reports';
import { ReportsPage } from './reports-page';

const me = aMe({ permissions: ['reports.manage', 'moderation.read', 'moderation.ban', 'users.read'] });
const target = aUser({ id: '00000000-0000-7000-8000-0000000000aa', display_name: 'Troll' });

function aReport(overrides: Partial<Report> = {}): Report {
  const now = Date.now();
  return {
    id: '00000000-0000-7000-8000-0000000000r1',
    reporter_id: '00000000-0000-7000-8000-0000000000bb',
    target_id: target.id,
    category: 'harassment',
    severity: 'high',
    description: 'insults in chat',
    evidence: [],
    status: 'open',
    assignee_id: null,
    due_at: new Date(now + 30 * 60_000).toISOString(),
    breached: false,
    created_at: new Date(now - 30 * 60_000).toISOString(),
    updated_at: new Date(now).toISOString(),
    closed_at: null,
    resolution: null,
    duplicates: 0,
    version: 3,
    notes: [],
    ...overrides,
  };
}

function api(report: Report) {
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: me }),
    'GET /api/v1/reports': () => ({ body: { items: [report], next_cursor: null, open_count: 4, breached_count: 1 } }),
    'GET /api/v1/users': () => ({ body: { items: [target], next_cursor: null } }),
    'PATCH /api/v1/reports/00000000-0000-7000-8000-0000000000r1': () => ({ body: report }),
  });
}

describe('ReportsPage', () => {
  it('shows the queue with its counts and a red countdown once the SLA is breached', async () => {
    api(aReport({ due_at: new Date(Date.now() - 65_000).toISOString(), breached: true }));
    renderWithProviders(<ReportsPage />);
    const row = await screen.findByTestId('report-row');
    expect(within(row).getByTestId('sla')).toHaveAttribute('data-breached', 'true');
    expect(within(row).getByTestId('sla')).toHaveTextContent(/^Breached 1 min 0\d s ago$/);
    expect(screen.getByTestId('report-counts')).toHaveTextContent('4 open · 1 past their SLA');
    expect(await within(row).findByText('Troll')).toBeInTheDocument();
  });

  it('assigns to me with If-Match on the version shown', async () => {
    const { calls } = api(aReport());
    renderWithProviders(<ReportsPage />);
    const row = await screen.findByTestId('report-row');
    await userEvent.click(within(row).getByRole('button', { name: 'Assign to me' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(await patch.json()).toEqual({ status: 'assigned', assignee_id: me.user.id });
  });

  it('resolves with a one-day ban in one step, the resolution being the reason the member reads', async () => {
    const { calls } = api(aReport());
    renderWithProviders(<ReportsPage />);
    const row = await screen.findByTestId('report-row');
    await userEvent.click(within(row).getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve the report' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Resolution/ }), 'Repeated insults');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Sanction on the reported member' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Ban', hidden: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Resolve and Ban' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({
      status: 'resolved',
      resolution: 'Repeated insults',
      sanction: { kind: 'ban', reason: 'Repeated insults', duration: 86400 },
    });
  });
});
