import { aRole } from '@/testing/fixtures';
import { applyOrder } from './reorder-roles';

describe('applyOrder', () => {
  it('shows the listed roles in their new order without renumbering any role', () => {
    const roles = [
      aRole({ id: 'admin', priority: 100 }),
      aRole({ id: 'mod', priority: 50 }),
      aRole({ id: 'staff', priority: 30 }),
      aRole({ id: 'member', priority: 10 }),
    ];
    const next = applyOrder(roles, ['staff', 'mod', 'member']);
    expect(next.map((r) => [r.id, r.priority])).toEqual([
      ['admin', 100],
      ['staff', 30],
      ['mod', 50],
      ['member', 10],
    ]);
  });
});
