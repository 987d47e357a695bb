import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { memberSorts, type MemberFilters, type MemberSort } from '../api/list-users';

const keys = ['q', 'status', 'role', 'banned', 'disabled', 'tag', 'created_after', 'created_before', 'sort'] as const;

/** The member list's filters live in the URL, so a filtered view can be shared and survives reloads. */
export function useMemberFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<MemberFilters>(() => {
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
  }, [params]);

  const setFilters = useCallback(
    (change: Partial<MemberFilters>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const active = Object.keys(filters).filter((k) => k !== 'sort').length;
  return { filters, setFilters, active, clear: () => setParams({}, { replace: true }) };
}
