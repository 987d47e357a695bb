import type { MemberSort } from '../api/list-users';

export type SortKey = 'display_name' | 'created_at' | 'last_seen_at';

/** What a click on a column gives: names A→Z first, dates newest first (admins look for recent), then the other way. */
export function nextSort(column: SortKey, sort: MemberSort): MemberSort {
  const descending: MemberSort = `-${column}`;
  if (sort === column) return descending;
  if (sort === descending) return column;
  return column === 'display_name' ? column : descending;
}
