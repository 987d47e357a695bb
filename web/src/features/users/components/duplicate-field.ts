import type { ApiError } from '@/lib/api/problem';

export const createFields = ['username', 'email', 'display_name', 'password', 'roles', 'tags', 'avatar_url'] as const;

/**
 * A duplicate answer (409) names the taken field in its message; it is shown on that field.
 * Validation answers (400) carry errors keyed by the same snake_case names as the form.
 */
export function duplicateField(error: ApiError): (typeof createFields)[number] | undefined {
  if (error.kind !== 'duplicate') return undefined;
  const field = error.problem.field;
  if (typeof field === 'string' && (createFields as readonly string[]).includes(field))
    return field as (typeof createFields)[number];
  return /\bemail\b/i.test(error.message) ? 'email' : /\busername\b/i.test(error.message) ? 'username' : undefined;
}
