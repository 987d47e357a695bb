import type { AuditEntry, Me, Role, User } from '@/lib/api/types';

/** Builders for API answers in component tests. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '00000000-0000-7000-8000-000000000001',
    username: 'ada',
    display_name: 'Ada Lovelace',
    email: 'ada@example.com',
    avatar_url: null,
    status: 'online',
    chosen_status: 'online',
    status_message: null,
    activity_name: null,
    last_seen_at: null,
    roles: [],
    tags: [],
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    is_banned: false,
    is_disabled: false,
    disabled_reason: null,
    is_owner: false,
    version: 1,
    ...overrides,
  };
}

export function aRole(overrides: Partial<Role> = {}): Role {
  return {
    id: '00000000-0000-7000-8000-0000000000aa',
    name: 'moderator',
    description: null,
    color: '#3498db',
    icon: null,
    priority: 50,
    permissions: [],
    denied_permissions: [],
    inherits: [],
    is_system: false,
    hoist: false,
    member_count: 0,
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    user: aUser({ id: '00000000-0000-7000-8000-00000000beef', username: 'admin', display_name: 'Admin' }),
    permissions: [
      'users.read',
      'users.create',
      'users.update',
      'roles.read',
      'roles.assign',
      'roles.manage',
      'audit.read',
    ],
    rank: 100,
    session_id: null,
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: '00000000-0000-7000-8000-00000000a001',
    seq: 1,
    action: 'user.updated',
    actor_user_id: null,
    actor_api_key_id: null,
    target_type: 'user',
    target_id: null,
    payload: {},
    result: 'success',
    timestamp: '2026-01-01T10:00:00Z',
    ip: null,
    user_agent: null,
    request_id: null,
    trace_id: null,
    prev_hash: '',
    hash: '',
    signature: '',
    erased: false,
    ...overrides,
  };
}
