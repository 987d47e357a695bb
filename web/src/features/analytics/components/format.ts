import type { MetricSet } from '../api/types';

/** Milliseconds as people read them: 0.8 ms, 12 ms, 1.4 s. */
export function formatMs(ms: number, language: string): string {
  if (ms >= 1000) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: ms < 10 ? 1 : 0 }).format(ms)} ms`;
}

export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** 4xx and 5xx together: what "errors" means on a tile. */
export function errorRate(m: MetricSet): number | null {
  return m.requests > 0 ? (m.errors_4xx + m.errors_5xx) / m.requests : null;
}
