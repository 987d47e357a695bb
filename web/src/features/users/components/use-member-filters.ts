import { useUrlFilters } from '@/lib/use-url-filters';
import { memberSorts, type MemberFilters, type MemberSort } from '../api/list-users';

const keys = [
  'q',
  'status',
  'role',
  'banned',
  'disabled',
  'tag',
  'external_id',
  'created_after',
  'created_before',
  'sort',
] as const;

function parse(params: URLSearchParams): MemberFilters {
  const out: MemberFilters = {};
  for (const key of keys) {
    const value = params.get(key);
    if (!value) continue;
    if (key === 'sort') {
      if ((memberSorts as readonly string[]).includes(value)) out.sort = value as MemberSort;
    } else if (key === 'banned' || key === 'disabled') {
      if (value === 'true' || value === 'false') out[key] = value;
    } else out[key] = value;
  }
  return out;
}

/** The member list's filters live in the URL, so a filtered view can be shared and survives reloads. */
export function useMemberFilters() {
  const { filters, setFilters, clear } = useUrlFilters(parse);
  // The sort order is not a filter: it does not count towards "n filters active".
  return { filters, setFilters, active: Object.keys(filters).filter((k) => k !== 'sort').length, clear };
}
