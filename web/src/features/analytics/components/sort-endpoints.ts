import type { EndpointStats } from '../api/types';

export type Column = 'endpoint' | 'count' | 'error_rate' | 'latency_p50' | 'latency_p95' | 'latency_p99';
export const columns: Column[] = ['endpoint', 'count', 'error_rate', 'latency_p50', 'latency_p95', 'latency_p99'];

export function sortEndpoints(rows: readonly EndpointStats[], by: Column, descending: boolean): EndpointStats[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (by === 'endpoint') return sign * a.endpoint.localeCompare(b.endpoint);
    return sign * ((a[by] ?? -1) - (b[by] ?? -1));
  });
}
