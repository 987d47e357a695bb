import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../api/list-audit';

const keys = ['actor', 'action', 'target_type', 'target_id', 'result', 'from', 'to'] as const;
const results = ['success', 'fail', 'denied'];

/** The log's filters live in the URL: a filtered view can be shared, and the export uses the same filters. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<AuditFilters>(() => {
    const out: AuditFilters = {};
    for (const key of keys) {
      const value = params.get(key);
      if (!value) continue;
      if (key === 'result') {
        if (results.includes(value)) out.result = value as AuditFilters['result'];
      } else out[key] = value;
    }
    return out;
  }, [params]);
  const setFilters = useCallback(
    (change: Partial<AuditFilters>) =>
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
  return { filters, setFilters, active: Object.keys(filters).length, clear: () => setParams({}, { replace: true }) };
}
