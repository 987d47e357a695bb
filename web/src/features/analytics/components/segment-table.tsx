import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { MetricSet } from '../api/types';
import { errorRate, formatMs, formatPercent } from './format';
import { ScrollRegion } from '@/components/scroll-region';

/** The latest window split by the chosen segment dimension (one row per role, region, device or version). */
export function SegmentTable({ values }: { values: Record<string, MetricSet> }) {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const rows = Object.entries(values).sort(
    (a, b) => b[1].active_users - a[1].active_users || b[1].requests - a[1].requests,
  );
  return (
    <ScrollRegion label={t('segments.title')} minWidth={480}>
      <Table striped aria-label={t('segments.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('segments.value')}</Table.Th>
            <Table.Th>{t('tiles.activeUsers')}</Table.Th>
            <Table.Th>{t('segments.events')}</Table.Th>
            <Table.Th>{t('segments.requests')}</Table.Th>
            <Table.Th>{t('tiles.errorRate')}</Table.Th>
            <Table.Th>{t('tiles.latencyP95')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([value, m]) => {
            const rate = errorRate(m);
            return (
              <Table.Tr key={value}>
                <Table.Td>{value === 'unknown' ? t('segments.unknown') : value}</Table.Td>
                <Table.Td>{formatNumber(m.active_users, language)}</Table.Td>
                <Table.Td>{formatNumber(m.events, language)}</Table.Td>
                <Table.Td>{formatNumber(m.requests, language)}</Table.Td>
                <Table.Td>{rate == null ? '—' : formatPercent(rate, language)}</Table.Td>
                <Table.Td>{m.latency_p95 == null ? '—' : formatMs(m.latency_p95, language)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
