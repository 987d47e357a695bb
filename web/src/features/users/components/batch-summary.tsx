import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { BatchResult } from '../api/apply-user-batch';

/** What a batch will do, read from the server's dry run, shown before the admin confirms. */
export function BatchSummary({ summary }: { summary: BatchResult }) {
  const { t, i18n } = useTranslation('members');
  const n = (value: number) => formatNumber(value, i18n.resolvedLanguage ?? 'en');
  return (
    <List size="sm" spacing={4} data-testid="batch-summary">
      <List.Item>{t('batch.matched', { count: summary.matched, formatted: n(summary.matched) })}</List.Item>
      {summary.unchanged > 0 && (
        <List.Item>{t('batch.unchanged', { count: summary.unchanged, formatted: n(summary.unchanged) })}</List.Item>
      )}
      {summary.refused.length > 0 && (
        <List.Item>
          <Text size="sm" c="red" span>
            {t('batch.refused', {
              count: summary.refused.length,
              names: summary.refused
                .slice(0, 5)
                .map((r) => r.username)
                .join(', '),
            })}
          </Text>
        </List.Item>
      )}
    </List>
  );
}
