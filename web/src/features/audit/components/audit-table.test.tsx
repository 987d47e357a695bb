import { act, screen } from '@testing-library/react';
import i18n from 'i18next';
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
    // In the entry's sentence and in its target column.
    expect(screen.getAllByText('Deleted member …00dead')).toHaveLength(2);
    expect(screen.queryByText(/01a231d8/)).not.toBeInTheDocument();

    const memberRequests = calls.filter((c) => new URL(c.url).pathname.startsWith('/api/v1/users'));
    expect(memberRequests).toHaveLength(1);
    expect(new URL(memberRequests[0]!.url).searchParams.get('ids')?.split(',').sort()).toEqual(
      [emma.id, owner.id, gone].sort(),
    );
  });

  it('reads each entry as a sentence with the names resolved, in English and in French', async () => {
    const emma = aUser({ id: '01a231d8-0000-7000-8000-00000000e001', display_name: 'Emma Stone' });
    const owner = aUser({ id: '01a231d8-0000-7000-8000-00000000e002', display_name: 'Olive Owner' });
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe() }),
      'GET /api/v1/roles': () => ({ body: [] }),
      'GET /api/v1/users': () => ({ body: { items: [emma, owner], next_cursor: null } }),
    });
    const entries = [
      anAuditEntry({
        id: 'g1',
        seq: 1,
        action: 'user.roles_changed',
        actor_user_id: owner.id,
        target_id: emma.id,
        payload: { before: { roles: ['Member'] }, after: { roles: ['Member', 'Staff'] } },
      }),
      anAuditEntry({
        id: 'g2',
        seq: 2,
        action: 'user.roles_changed',
        actor_user_id: owner.id,
        target_id: emma.id,
        payload: { before: { roles: ['Staff', 'Member'] }, after: { roles: ['Member'] } },
      }),
      anAuditEntry({
        id: 'g3',
        seq: 3,
        action: 'user.updated',
        actor_user_id: emma.id,
        target_id: emma.id,
        payload: {
          before: { display_name: 'Em', email: 'a@x.test' },
          after: { display_name: 'Emma', email: 'b@x.test' },
        },
      }),
      anAuditEntry({
        id: 'g4',
        seq: 4,
        action: 'role.reordered',
        actor_user_id: owner.id,
        target_type: 'role',
        payload: { role: 'Event Hosts', above: 'Staff', below: 'Moderator', changes: [] },
      }),
      anAuditEntry({ id: 'g5', seq: 5, action: 'moderation.warn', actor_user_id: owner.id, target_id: emma.id }),
      anAuditEntry({ id: 'g6', seq: 6, action: 'custom.thing', actor_user_id: owner.id, target_id: emma.id }),
    ];
    renderWithProviders(<AuditTable onOpen={() => undefined} entries={entries} />);
    const sentences = async () => (await screen.findAllByTestId('audit-sentence')).map((s) => s.textContent);
    await screen.findAllByText('Olive Owner', { selector: 'span' }, { timeout: 5000 });
    expect(await sentences()).toEqual([
      'Olive Owner gave Staff to Emma Stone',
      'Olive Owner took Staff from Emma Stone',
      'Emma Stone changed the display name, e-mail of Emma Stone',
      'Olive Owner moved Event Hosts above Staff',
      'Olive Owner warned Emma Stone',
    ]);
    // An action without a sentence keeps its name, as label and as code.
    expect(screen.getAllByText('custom.thing')).toHaveLength(2);

    await act(async () => {
      await i18n.changeLanguage('fr');
    });
    onTestFinished(async () => {
      await i18n.changeLanguage('en');
    });
    expect(await sentences()).toEqual([
      'Olive Owner a donné Staff à Emma Stone',
      'Olive Owner a retiré Staff à Emma Stone',
      'Emma Stone a modifié : nom affiché, e-mail de Emma Stone',
      'Olive Owner a placé Event Hosts au-dessus de Staff',
      'Olive Owner a averti Emma Stone',
    ]);
  });
});
