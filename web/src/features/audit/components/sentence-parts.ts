import { payloadDiff } from '@/lib/audit-labels';

/** What an entry's sentence needs besides the actor and the target: which template, and its words. */
export interface SentenceParts {
  key: string;
  values: Record<string, string>;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The change inside a payload: the plain diff, or one nested under "changes" (an invite's roles). */
function diffOf(payload: unknown) {
  const nested = payload && typeof payload === 'object' ? (payload as Record<string, unknown>).changes : undefined;
  return payloadDiff(nested ?? payload);
}

/**
 * Which sentence reads an audit entry ("owner gave Staff to Emma"), from its action and payload;
 * undefined when the payload lacks what the sentence needs. An action without a translated sentence
 * keeps its label. Names of the actor and the target
 * are filled in by the component, from the directory.
 */
export function sentenceParts(
  action: string,
  payload: unknown,
  fieldName: (field: string) => string,
): SentenceParts | undefined {
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  switch (action) {
    case 'user.roles_changed': {
      const diff = diffOf(payload);
      const before = list(diff?.before.roles);
      const after = list(diff?.after.roles);
      const given = after.filter((r) => !before.includes(r)).join(', ');
      const taken = before.filter((r) => !after.includes(r)).join(', ');
      if (given && taken) return { key: 'user_roles_swapped', values: { given, taken } };
      if (given) return { key: 'user_roles_given', values: { roles: given } };
      if (taken) return { key: 'user_roles_taken', values: { roles: taken } };
      return { key: 'user_roles_changed', values: {} };
    }
    case 'user.updated': {
      const diff = diffOf(payload);
      const fields = Object.keys(diff?.after ?? {})
        .map(fieldName)
        .join(', ');
      return fields ? { key: 'user_updated', values: { fields } } : { key: 'user_updated_some', values: {} };
    }
    case 'role.reordered':
      if (typeof p.role !== 'string') return undefined;
      if (typeof p.above === 'string') return { key: 'role_moved_above', values: { role: p.role, other: p.above } };
      if (typeof p.below === 'string') return { key: 'role_moved_below', values: { role: p.role, other: p.below } };
      return undefined;
    default:
      // "moderation.warn" → "moderation_warn": the component shows it when the sentence exists.
      return { key: action.replaceAll('.', '_'), values: {} };
  }
}
