import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the URL, so a filtered view can be shared and survives reloads.
 * `parse` reads the known keys (and drops values it does not accept); `setFilters` writes a
 * partial change, removing keys set to an empty value; history is replaced, not pushed.
 */
/** `T`: an object of optional string values, one per query key. */
export function useUrlFilters<T extends object>(parse: (params: URLSearchParams) => T) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parse(params), [params, parse]);
  const setFilters = useCallback(
    (change: Partial<T>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change) as [string, string | undefined][]) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clear = useCallback(() => setParams({}, { replace: true }), [setParams]);
  return { filters, setFilters, clear };
}
