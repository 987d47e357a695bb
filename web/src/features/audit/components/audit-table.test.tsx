import { screen } from '@testing-library/react';
import { aMe, anAuditEntry, aRole, aUser } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import { AuditTable } from './audit-table';

describe('AuditTable', () => {
  it('names actors and targets with one batched member request, and reads gone ones as deleted', async () => {
    const emma = aUser({ id: '01a231d8-0000-7000-8000-00000000e001', display_name: 'Emma Stone' });
    const owner = aUser({ id: '01a231d8-0000-7000-8000-00000000e002', display_name: 'Olive Owner' });
    const gone = '01a231d8-0000-7000-8000-00000000dead';
    const staff = aRole({ id: '01a231de-0000-7000-8000-0000000000f1', name: 'Staff' });
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/roles': () => ({ body: [staff] }),
      'GET /api/v1/users': () => ({ body: { items: [emma, owner], next_cursor: null } }),
    });
    renderWithProviders(
      <AuditTable
        onOpen={() => undefined}
        entries={[
          anAuditEntry({ id: 'a1', seq: 1, actor_user_id: owner.id, target_type: 'user', target_id: emma.id }),
          anAuditEntry({ id: 'a2', seq: 2, actor_user_id: owner.id, target_type: 'role', target_id: staff.id }),
          anAuditEntry({ id: 'a3', seq: 3, actor_user_id: emma.id, target_type: 'user', target_id: gone }),
        ]}
      />,
    );

    expect(await screen.findByRole('link', { name: 'Emma Stone' }, { timeout: 5000 })).toHaveAttribute(
      'href',
      `/members/${emma.id}`,
    );
    // Each cell renders its name when the batch answers; under CI load cells may commit a tick apart.
    expect(await screen.findAllByRole('link', { name: 'Olive Owner' }, { timeout: 5000 })).toHaveLength(2);
    expect(await screen.findByRole('link', { name: 'Staff' }, { timeout: 5000 })).toHaveAttribute(
      'href',
      `/roles/${staff.id}`,
    );
    expect(screen.getByText('Deleted member …00dead')).toBeInTheDocument();
    expect(screen.queryByText(/01a231d8/)).not.toBeInTheDocument();

    const memberRequests = calls.filter((c) => new URL(c.url).pathname.startsWith('/api/v1/users'));
    expect(memberRequests).toHaveLength(1);
    expect(new URL(memberRequests[0]!.url).searchParams.get('ids')?.split(',').sort()).toEqual(
      [emma.id, owner.id, gone].sort(),
    );
  });

  it('reads one reorder as one sentence naming the moved role and its new neighbour', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/roles': () => ({ body: [] }),
      'GET /api/v1/users': () => ({ body: { items: [], next_cursor: null } }),
    });
    renderWithProviders(
      <AuditTable
        onOpen={() => undefined}
        entries={[
          anAuditEntry({
            id: 'r1',
            seq: 9,
            action: 'role.reordered',
            target_type: 'role',
            payload: { role: 'Event Hosts', above: 'Staff', below: 'Moderator', changes: [] },
          }),
        ]}
      />,
    );
    expect(await screen.findByTestId('audit-summary')).toHaveTextContent('Moved Event Hosts above Staff');
  });
});
