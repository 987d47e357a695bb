import { overrideChanges, overridesOf, rebaseOverrides } from './overrides-draft';

const catalogue = ['users.read', 'users.update', 'audit.read', 'webhooks.manage'];

describe('member overrides draft', () => {
  it('expands wildcards written on the member into the catalogue names', () => {
    const state = overridesOf({ allow_overrides: ['users.*'], deny_overrides: ['audit.read'] }, catalogue);
    expect(state.allow).toEqual(new Set(['users.read', 'users.update']));
    expect(state.deny).toEqual(new Set(['audit.read']));
  });

  it('sends only the lists that changed, sorted', () => {
    const base = overridesOf({ allow_overrides: ['users.*'], deny_overrides: [] }, catalogue);
    expect(overrideChanges(base, { allow: new Set(base.allow), deny: new Set() })).toEqual({});
    expect(
      overrideChanges(base, { allow: new Set(base.allow), deny: new Set(['webhooks.manage', 'audit.read']) }),
    ).toEqual({
      deny_overrides: ['audit.read', 'webhooks.manage'],
    });
  });

  it('re-applies only what the admin changed on top of a newer version', () => {
    const base = { allow: new Set(['users.read']), deny: new Set<string>() };
    const mine = { allow: new Set(['users.read']), deny: new Set(['audit.read']) };
    // Someone else allowed webhooks.manage and removed users.read meanwhile.
    const theirs = { allow: new Set(['webhooks.manage']), deny: new Set<string>() };
    const rebased = rebaseOverrides(base, mine, theirs);
    expect(rebased.allow).toEqual(new Set(['webhooks.manage']));
    expect(rebased.deny).toEqual(new Set(['audit.read']));
  });
});
