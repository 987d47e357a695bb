import { describe, expect, it } from 'vitest';
import type { Role, User } from '@/lib/api/types';
import type { PresenceUpdate } from '@/lib/live/types';
import { countStatuses, filterOnline, groupOnline } from './group-online';

const update = (user_id: string, status: PresenceUpdate['status'], roles: string[]): PresenceUpdate => ({
  type: 'presence.update',
  user_id,
  status,
  status_message: null,
  activity: null,
  client_status: {},
  last_seen_at: null,
  roles,
  version: 1,
});

const chip = (id: string, priority: number, hoist: boolean) => ({ id, name: id, color: null, priority, hoist });

const user = (id: string, name: string, roles: ReturnType<typeof chip>[]) =>
  ({ id, display_name: name, username: name, roles }) as unknown as User;

describe('groupOnline', () => {
  const users = new Map([
    ['1', user('1', 'Zed', [chip('mod', 50, true), chip('host', 20, true)])],
    ['2', user('2', 'Amy', [chip('host', 20, true)])],
    ['3', user('3', 'Bob', [chip('member', 1, false)])],
    ['4', user('4', 'Cat', [chip('mod', 50, true)])],
  ]);
  const lookup = (id: string) => users.get(id);
  /** As the server sends it: the member's current role ids ride on every presence event. */
  const presence = (id: string, status: PresenceUpdate['status']) =>
    update(
      id,
      status,
      (users.get(id)?.roles ?? []).map((c) => c.id),
    );

  it('puts each member under their highest hoisted role, groups by priority, then Online', () => {
    const groups = groupOnline(
      ['1', '2', '3', '4', '5'].map((id) => presence(id, 'online')),
      lookup,
      undefined,
    );
    expect(groups.map((g) => g.key)).toEqual(['mod', 'host', 'online']);
    expect(groups[0]!.entries.map((e) => e.user?.display_name)).toEqual(['Cat', 'Zed']);
    expect(groups[1]!.entries.map((e) => e.user?.display_name)).toEqual(['Amy']);
    expect(groups[2]!.entries.map((e) => e.presence.user_id)).toEqual(['5', '3']);
  });

  it('uses the current roles (a role no longer hoisted stops grouping)', () => {
    const roles = [
      { id: 'mod', name: 'Moderators', color: '#f00', priority: 50, hoist: false },
      { id: 'host', name: 'Hosts', color: '#0f0', priority: 20, hoist: true },
    ] as unknown as Role[];
    const groups = groupOnline([presence('1', 'online'), presence('4', 'idle')], lookup, roles);
    expect(groups.map((g) => [g.key, g.role?.name, g.entries.length])).toEqual([
      ['host', 'Hosts', 1],
      ['online', undefined, 1],
    ]);
  });

  it('regroups on the roles of the latest presence event, before the member data is fetched again', () => {
    // Cat was given "host" and lost "mod": the cached member still lists the old chips.
    const roles = [
      { id: 'mod', name: 'Moderators', color: '#f00', priority: 50, hoist: true },
      { id: 'host', name: 'Hosts', color: '#0f0', priority: 20, hoist: true },
    ] as unknown as Role[];
    const groups = groupOnline([update('4', 'online', ['host'])], lookup, roles);
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.user?.display_name)])).toEqual([['host', ['Cat']]]);
  });

  it('counts statuses', () => {
    expect(countStatuses([presence('1', 'online'), presence('2', 'dnd'), presence('3', 'dnd')])).toEqual({
      online: 1,
      idle: 0,
      dnd: 2,
    });
  });
});

describe('filterOnline', () => {
  const users = new Map([
    ['1', user('1', 'Zoé Martin', [chip('mod', 50, true)])],
    ['2', user('2', 'Amy', [chip('host', 20, true)])],
    ['3', user('3', 'Bob', [])],
  ]);
  const lookup = (id: string) => users.get(id);
  const online = [
    update('1', 'online', ['mod']),
    update('2', 'idle', ['host']),
    update('3', 'dnd', []),
    update('9', 'online', []),
  ];

  it('keeps everyone with no query and no role', () => {
    expect(filterOnline(online, lookup, { query: '  ', roleId: undefined })).toBe(online);
  });

  it('matches names without case or accents, and leaves out members whose name is not known yet', () => {
    expect(filterOnline(online, lookup, { query: 'zoe', roleId: undefined }).map((p) => p.user_id)).toEqual(['1']);
    expect(filterOnline(online, lookup, { query: 'MART', roleId: undefined }).map((p) => p.user_id)).toEqual(['1']);
    expect(filterOnline(online, lookup, { query: '9', roleId: undefined })).toEqual([]);
  });

  it('narrows by the role the presence carries, combined with the query', () => {
    expect(filterOnline(online, lookup, { query: '', roleId: 'host' }).map((p) => p.user_id)).toEqual(['2']);
    expect(filterOnline(online, lookup, { query: 'bob', roleId: 'host' })).toEqual([]);
  });
});
