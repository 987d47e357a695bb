import { useUrlFilters } from '@/lib/use-url-filters';
import type { AuditFilters } from '../api/list-audit';

const keys = ['actor', 'action', 'target_type', 'target_id', 'result', 'from', 'to'] as const;
const results = ['success', 'fail', 'denied'];

function parse(params: URLSearchParams): AuditFilters {
  const out: AuditFilters = {};
  for (const key of keys) {
    const value = params.get(key);
    if (!value) continue;
    if (key === 'result') {
      if (results.includes(value)) out.result = value as AuditFilters['result'];
    } else out[key] = value;
  }
  return out;
}

/** The log's filters live in the URL: a filtered view can be shared, and the export uses the same filters. */
export function useAuditFilters() {
  const { filters, setFilters, clear } = useUrlFilters(parse);
  return { filters, setFilters, active: Object.keys(filters).length, clear };
}
