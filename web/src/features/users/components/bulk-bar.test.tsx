import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { BulkBar } from './bulk-bar';

const summary = (dryRun: boolean) => ({
  action: 'disable',
  dry_run: dryRun,
  matched: 1204,
  changed: 1200,
  unchanged: 4,
  refused: [],
});

describe('BulkBar', () => {
  it('offers every match when all loaded rows are ticked', async () => {
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: aMe() }), 'GET /api/v1/roles': () => ({ body: [] }) });
    const selectAll = vi.fn();
    renderWithProviders(
      <BulkBar ids={['a', 'b']} matchTotal={1204} onSelectAllMatches={selectAll} onDone={() => undefined} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Select all 1,204 matches' }, { timeout: 15000 }));
    expect(selectAll).toHaveBeenCalled();
  });

  it('disables every match of the filters in one call, after a summary from a dry run', async () => {
    // The dry run answers with the summary; the real call with the result.
    let dry = true;
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/roles': () => ({ body: [] }),
      'GET /api/v1/users': () => ({ body: { items: [], next_cursor: null } }),
      'GET /api/v1/audit': () => ({ body: { items: [], next_cursor: null } }),
      'POST /api/v1/users/batch': () => {
        const body = summary(dry);
        dry = false;
        return { body };
      },
    });
    const batchBodies = async () =>
      Promise.all(calls.filter((c) => c.method === 'POST').map(async (c) => (await c.clone().json()) as object));
    renderWithProviders(
      <BulkBar
        ids={['a']}
        allMatches={{ filters: { tag: 'spam', sort: '-created_at' }, total: 1204 }}
        onDone={() => undefined}
      />,
    );

    expect(
      await screen.findByText('All 1,204 matches are selected', undefined, { timeout: 15000 }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('Disable 1,200 members?', undefined, { timeout: 15000 })).toBeInTheDocument();
    expect(screen.getByTestId('batch-summary')).toHaveTextContent('4 are already in that state');
    await userEvent.type(screen.getByRole('textbox', { name: /^Reason/ }), 'spam wave');
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Disable' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2), { timeout: 15000 });
    const bodies = await batchBodies();
    expect(bodies).toEqual([
      { action: 'disable', match: { tag: 'spam' }, dry_run: true },
      { action: 'disable', match: { tag: 'spam' }, reason: 'spam wave' },
    ]);
  }, 60_000);
});
