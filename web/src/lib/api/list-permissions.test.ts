import { expandGrants } from './list-permissions';

const catalogue = ['users.read', 'users.create', 'roles.read', 'administrator'];

describe('expandGrants', () => {
  it('expands area and global wildcards into catalogue permissions', () => {
    expect([...expandGrants(['users.*'], catalogue)]).toEqual(['users.read', 'users.create']);
    expect(expandGrants(['*'], catalogue).size).toBe(4);
    expect([...expandGrants(['roles.read', 'unknown.perm'], catalogue)]).toEqual(['roles.read']);
  });
});
