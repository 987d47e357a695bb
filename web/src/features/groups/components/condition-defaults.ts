import type { GroupCondition } from '../api/group-rules';

export const conditionTypes = [
  'active_minutes',
  'joined_before',
  'joined_after',
  'has_tag',
  'lacks_tag',
  'has_role',
  'lacks_role',
  'sanctions',
  'last_seen_before',
  'client_version',
  'region',
  'invite_used',
] as const;

export type ConditionType = (typeof conditionTypes)[number];

/** A fresh test of a type, with values an admin would most likely start from. */
export function defaultTest(type: ConditionType): GroupCondition {
  switch (type) {
    case 'active_minutes':
      return { type, window_days: 7, at_least: 600 };
    case 'sanctions':
      return { type, window_days: 30, at_least: 1 };
    case 'joined_before':
    case 'joined_after':
    case 'last_seen_before':
      return { type, days: 30 };
    case 'has_tag':
    case 'lacks_tag':
      return { type, tag: '' };
    case 'has_role':
    case 'lacks_role':
      return { type, role: '' };
    case 'invite_used':
      return { type }; // no code: any invite
    default:
      return { type, value: '' };
  }
}

export const emptyRoot = (): GroupCondition => ({ op: 'and', conditions: [defaultTest('has_tag')] });

export const isGroup = (c: GroupCondition) => c.conditions !== undefined && c.conditions !== null;
