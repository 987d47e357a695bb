import { aRole } from '@/testing/fixtures';
import { applyOrder } from './reorder-roles';

describe('applyOrder', () => {
  it('swaps the priorities of the listed roles and keeps the others in place', () => {
    const roles = [
      aRole({ id: 'admin', priority: 100 }),
      aRole({ id: 'mod', priority: 50 }),
      aRole({ id: 'staff', priority: 30 }),
      aRole({ id: 'member', priority: 10 }),
    ];
    const next = applyOrder(roles, ['staff', 'mod', 'member']);
    expect(next.map((r) => [r.id, r.priority])).toEqual([
      ['admin', 100],
      ['staff', 50],
      ['mod', 30],
      ['member', 10],
    ]);
  });
});
