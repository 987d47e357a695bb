import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { LatencyBucket } from '../api/types';
import { formatMs } from './format';

/** The latest window's request latencies per bucket, as labelled bars (readable without the chart). */
export function LatencyHistogram({ buckets }: { buckets: readonly LatencyBucket[] }) {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const max = Math.max(1, ...buckets.map((b) => b.count));
  if (buckets.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('histogram.empty')}
      </Text>
    );
  return (
    <Stack gap={6}>
      {buckets.map((b, i) => {
        const label =
          b.up_to_ms == null
            ? t('histogram.above', { bound: formatMs(buckets[i - 1]?.up_to_ms ?? 0, language) })
            : t('histogram.upTo', { bound: formatMs(b.up_to_ms, language) });
        return (
          <Group key={label} gap="xs" wrap="nowrap">
            <Text size="xs" w={80} style={{ flex: 'none' }}>
              {label}
            </Text>
            <Progress
              value={(b.count / max) * 100}
              style={{ flex: 1 }}
              aria-label={t('histogram.bar', { label, count: b.count })}
            />
            <Text size="xs" w={56} ta="right" style={{ flex: 'none' }}>
              {formatNumber(b.count, language)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
