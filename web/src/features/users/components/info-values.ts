import type { UpdateUserRequest, User } from '@/lib/api/types';

export interface InfoValues {
  display_name: string;
  username: string;
  email: string;
  avatar_url: string;
  status: string;
  status_message: string;
  tags: string[];
}

export function valuesOf(user: User): InfoValues {
  return {
    display_name: user.display_name,
    username: user.username,
    email: user.email,
    avatar_url: user.avatar_url ?? '',
    // What the member chose, not the live status: offline is what presence shows, never a choice.
    status: user.chosen_status,
    status_message: user.status_message ?? '',
    tags: [...user.tags],
  };
}

/** Only the fields the admin changed are sent: an edit never overwrites what it did not touch. */
export function changedFields(base: InfoValues, values: InfoValues): UpdateUserRequest {
  const out: UpdateUserRequest = {};
  for (const key of Object.keys(values) as (keyof InfoValues)[]) {
    if (JSON.stringify(base[key]) !== JSON.stringify(values[key])) (out as Record<string, unknown>)[key] = values[key];
  }
  return out;
}
