import { aRole } from '@/testing/fixtures';
import { draftOf, roleChanges } from './role-draft';

const catalogue = ['users.read', 'users.create', 'audit.read'];

describe('roleChanges', () => {
  it('sends nothing when nothing changed, even for a role holding a wildcard', () => {
    const base = draftOf(aRole({ permissions: ['users.*'] }), catalogue);
    expect(roleChanges(base, { ...base })).toEqual({});
  });

  it('sends only the changed fields, permissions as concrete names', () => {
    const base = draftOf(aRole({ permissions: ['users.*'], color: '#111111' }), catalogue);
    const draft = {
      ...base,
      color: '#222222',
      permissions: { allow: new Set(['users.read']), deny: new Set(['audit.read']) },
    };
    expect(roleChanges(base, draft)).toEqual({
      color: '#222222',
      permissions: ['users.read'],
      denied_permissions: ['audit.read'],
    });
  });
});
