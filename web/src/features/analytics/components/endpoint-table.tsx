import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { EndpointStats } from '../api/types';
import { formatMs, formatPercent } from './format';
import { columns, sortEndpoints, type Column } from './sort-endpoints';
import { ScrollRegion } from '@/components/scroll-region';

/** Requests per endpoint in the latest window; every column sorts (a button in its header, aria-sort says how). */
export function EndpointTable({ endpoints }: { endpoints: readonly EndpointStats[] }) {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({ by: 'count', descending: true });
  const rows = sortEndpoints(endpoints, sort.by, sort.descending);
  const ms = (v: number | null | undefined) => (v == null ? '—' : formatMs(v, language));
  return (
    <ScrollRegion label={t('endpoints.title')} minWidth={560}>
      <Table striped highlightOnHover aria-label={t('endpoints.title')}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th
                key={c}
                aria-sort={sort.by === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                style={{ whiteSpace: 'nowrap' }}
              >
                <UnstyledButton
                  onClick={() => setSort((s) => ({ by: c, descending: s.by === c ? !s.descending : c !== 'endpoint' }))}
                  fw={600}
                  fz="sm"
                >
                  {t(`endpoints.columns.${c}`)}{' '}
                  {sort.by === c &&
                    (sort.descending ? <IconArrowDown size={12} aria-hidden /> : <IconArrowUp size={12} aria-hidden />)}
                </UnstyledButton>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{t('endpoints.empty')}</Table.Td>
            </Table.Tr>
          )}
          {rows.map((e) => (
            <Table.Tr key={e.endpoint}>
              <Table.Td style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{e.endpoint}</Table.Td>
              <Table.Td>{formatNumber(e.count, language)}</Table.Td>
              <Table.Td>{e.error_rate == null ? '—' : formatPercent(e.error_rate, language)}</Table.Td>
              <Table.Td>{ms(e.latency_p50)}</Table.Td>
              <Table.Td>{ms(e.latency_p95)}</Table.Td>
              <Table.Td>{ms(e.latency_p99)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
