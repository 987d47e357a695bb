import { Group, Select, SegmentedControl, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useSeries } from '../api/get-series';
import { formatMs, formatPercent } from './format';
import { TimeChart } from './time-chart';

const metrics = [
  'requests',
  'error_rate_5xx',
  'error_rate_4xx',
  'latency_p95',
  'active_users',
  'events',
  'sign_ups',
  'sign_ins',
] as const;
type Compare = 'none' | 'previous_day' | 'previous_week';

/** The last 24 hours of one metric from the rollups, with yesterday or last week drawn over it. */
export function CompareChart({ segment }: { segment?: string }) {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const [metric, setMetric] = useState<(typeof metrics)[number]>('requests');
  const [compare, setCompare] = useState<Compare>('previous_day');
  // The range moves by whole 15-minute steps, so the query key (and cache) stays put in between.
  const [to] = useState(() => new Date(Math.ceil(Date.now() / 900_000) * 900_000));
  const params = useMemo(
    () => ({
      metric,
      from: new Date(to.getTime() - 24 * 3600 * 1000).toISOString(),
      to: to.toISOString(),
      step: '15m',
      segment,
      compare: compare === 'none' ? undefined : compare,
    }),
    [metric, compare, segment, to],
  );
  const series = useSeries(params);
  const format = metric.startsWith('error_rate')
    ? (v: number) => formatPercent(v, language)
    : metric.startsWith('latency')
      ? (v: number) => formatMs(v, language)
      : (v: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
  const data = series.data;
  const chartSeries = useMemo(() => {
    if (!data) return [];
    const current = {
      label: t('compare.current'),
      color: '#4dabf7',
      values: data.points.map((p) => (p.value == null ? null : p.value)),
    };
    return data.compare
      ? [
          current,
          {
            label: t(`compare.${compare}`),
            color: '#adb5bd',
            dashed: true,
            values: data.compare.points.map((p) => (p.value == null ? null : p.value)),
          },
        ]
      : [current];
  }, [data, compare, t]);
  const times = useMemo(() => data?.points.map((p) => Date.parse(p.at) / 1000) ?? [], [data]);

  return (
    <>
      <Group gap="sm" mb="sm" wrap="wrap">
        <Select
          label={t('compare.metric')}
          data={metrics.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
          value={metric}
          onChange={(v) => v && setMetric(v as (typeof metrics)[number])}
          allowDeselect={false}
          w={220}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="compare-label">
            {t('compare.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="compare-label"
            value={compare}
            onChange={(v) => setCompare(v as Compare)}
            data={(['none', 'previous_day', 'previous_week'] as const).map((c) => ({
              value: c,
              label: t(`compare.${c}`),
            }))}
          />
        </div>
      </Group>
      {series.isError && <ErrorState error={series.error} onRetry={() => void series.refetch()} />}
      {data && (
        <TimeChart
          times={times}
          series={chartSeries}
          label={t('compare.chart', { metric: t(`metrics.${metric}`) })}
          formatValue={format}
        />
      )}
    </>
  );
}
