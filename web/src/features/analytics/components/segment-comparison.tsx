import { Badge, Button, Group, Select, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { ScrollRegion } from '@/components/scroll-region';
import { useCompareSegments, type CompareParams } from '../api/compare-segments';
import { segmentDimensions, type CompareMetric, type SegmentDimension } from '../api/types';
import { formatMs, formatPercent } from './format';

const periods = { '1d': 1, '7d': 7, '30d': 30 } as const;
type Period = keyof typeof periods;

/** How a metric's values read: rates as percentages, latencies in ms, session length in seconds, counts as numbers. */
function formatter(name: string, language: string): (v: number) => string {
  if (name.endsWith('_rate') || name.startsWith('error_rate') || name.startsWith('conversion'))
    return (v) => formatPercent(v, language);
  if (name.startsWith('latency')) return (v) => formatMs(v, language);
  if (name.startsWith('session')) return (v) => formatMs(v * 1000, language);
  return (v) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v);
}

/**
 * A/B comparison: two values of one segment (two client versions by default) over the same period,
 * with B − A per metric and whether that difference is more than noise.
 */
export function SegmentComparison() {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const [dimension, setDimension] = useState<SegmentDimension>('version');
  const [period, setPeriod] = useState<Period>('7d');
  const [form, setForm] = useState({ a: '', b: '', conversionFrom: '', conversionTo: '' });
  const [params, setParams] = useState<CompareParams | null>(null);
  const result = useCompareSegments(params);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    const from = new Date(to.getTime() - periods[period] * 86_400_000);
    const conversion =
      form.conversionFrom && form.conversionTo
        ? { conversion_from: form.conversionFrom.trim(), conversion_to: form.conversionTo.trim() }
        : {};
    setParams({
      dimension,
      a: form.a.trim(),
      b: form.b.trim(),
      from: from.toISOString(),
      to: to.toISOString(),
      ...conversion,
    });
  };
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [key]: e.currentTarget.value })),
  });

  return (
    <>
      <form onSubmit={submit} aria-label={t('ab.form')}>
        <Group gap="sm" mb="sm" wrap="wrap" align="flex-end">
          <Select
            label={t('ab.dimension')}
            data={segmentDimensions.map((d) => ({ value: d, label: t(`segments.dimensions.${d}`) }))}
            value={dimension}
            onChange={(v) => v && setDimension(v as SegmentDimension)}
            allowDeselect={false}
            w={160}
          />
          <TextInput label={t('ab.a')} placeholder="2.3.0" required w={140} {...field('a')} />
          <TextInput label={t('ab.b')} placeholder="2.4.0" required w={140} {...field('b')} />
          <div>
            <Text size="sm" fw={500} mb={4} id="ab-period-label">
              {t('ab.period')}
            </Text>
            <SegmentedControl
              aria-labelledby="ab-period-label"
              value={period}
              onChange={(v) => setPeriod(v as Period)}
              data={(Object.keys(periods) as Period[]).map((p) => ({ value: p, label: t(`ab.periods.${p}`) }))}
            />
          </div>
          <TextInput
            label={t('ab.conversionFrom')}
            placeholder="checkout_started"
            w={180}
            {...field('conversionFrom')}
          />
          <TextInput label={t('ab.conversionTo')} placeholder="checkout_done" w={180} {...field('conversionTo')} />
          <Button type="submit" loading={result.isFetching}>
            {t('ab.run')}
          </Button>
        </Group>
      </form>
      {params === null ? (
        <Text c="dimmed" size="sm">
          {t('ab.empty')}
        </Text>
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data ? (
        <>
          <ScrollRegion label={t('ab.table')} minWidth={560}>
            <Table striped data-testid="ab-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ab.metric')}</Table.Th>
                  <Table.Th ta="right">{result.data.a}</Table.Th>
                  <Table.Th ta="right">{result.data.b}</Table.Th>
                  <Table.Th ta="right">{t('ab.difference')}</Table.Th>
                  <Table.Th>{t('ab.verdict')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.data.metrics.map((m) => (
                  <MetricRow key={m.name} metric={m} language={language} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          <Text c="dimmed" size="xs" mt="xs">
            {t('ab.method')}
          </Text>
        </>
      ) : null}
    </>
  );
}

function MetricRow({ metric, language }: { metric: CompareMetric; language: string }) {
  const { t } = useTranslation('analytics');
  const format = formatter(metric.name, language);
  const show = (v: number | null) => (v == null ? '—' : format(v));
  const difference =
    metric.difference == null
      ? '—'
      : `${metric.difference > 0 ? '+' : metric.difference < 0 ? '−' : ''}${format(Math.abs(metric.difference))}`;
  return (
    <Table.Tr>
      <Table.Td>{t(`ab.metrics.${metric.name}`, { defaultValue: metric.name })}</Table.Td>
      <Table.Td ta="right">{show(metric.a)}</Table.Td>
      <Table.Td ta="right">{show(metric.b)}</Table.Td>
      <Table.Td ta="right">{difference}</Table.Td>
      <Table.Td>
        <Verdict metric={metric} />
      </Table.Td>
    </Table.Tr>
  );
}

function Verdict({ metric }: { metric: CompareMetric }) {
  const { t, i18n } = useTranslation('analytics');
  const test = metric.test;
  if (!test)
    return (
      <Text size="sm" c="dimmed">
        {t('ab.notTested')}
      </Text>
    );
  if (test.method === 'too_few_samples')
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('ab.tooFew')}
      </Badge>
    );
  const p =
    test.p_value == null
      ? ''
      : ` (p = ${new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumSignificantDigits: 2 }).format(test.p_value)})`;
  return test.significant ? (
    <Badge color="blue" variant="light" tt="none">
      {t('ab.significant')}
      {p}
    </Badge>
  ) : (
    <Badge color="gray" variant="outline" tt="none">
      {t('ab.noise')}
      {p}
    </Badge>
  );
}
