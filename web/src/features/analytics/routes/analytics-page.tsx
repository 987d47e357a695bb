import { Badge, Button, Card, Group, Menu, SegmentedControl, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useAccess } from '@/lib/auth/use-access';
import { useExportEvents } from '../api/export-events';
import { intervals, segmentDimensions, type Interval, type SegmentDimension } from '../api/types';
import { useAnalyticsStream } from '../api/use-analytics-stream';
import { CompareChart } from '../components/compare-chart';
import { EndpointTable } from '../components/endpoint-table';
import { formatMs } from '../components/format';
import { LatencyHistogram } from '../components/latency-histogram';
import { LiveTiles } from '../components/live-tiles';
import { SegmentComparison } from '../components/segment-comparison';
import { SegmentTable } from '../components/segment-table';
import { SiteKeysPanel } from '../components/site-keys-panel';
import { TimeChart } from '../components/time-chart';

/** The site breathing: live tiles, streaming charts, latency, endpoints, segments, comparisons and export. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const access = useAccess();
  const [interval, setInterval] = useState<Interval>('1s');
  const [segment, setSegment] = useState<SegmentDimension>('role');
  const { windows, state } = useAnalyticsStream(interval, segment);
  const exportEvents = useExportEvents();
  const latest = windows.at(-1);

  const times = useMemo(() => windows.map((w) => Date.parse(w.end) / 1000), [windows]);
  const traffic = useMemo(
    () => [
      { label: t('charts.requests'), color: '#4dabf7', values: windows.map((w) => w.totals.requests) },
      { label: t('charts.errors4xx'), color: '#fab005', values: windows.map((w) => w.totals.errors_4xx) },
      { label: t('charts.errors5xx'), color: '#fa5252', values: windows.map((w) => w.totals.errors_5xx) },
      { label: t('charts.events'), color: '#40c057', values: windows.map((w) => w.totals.events) },
    ],
    [windows, t],
  );
  const latency = useMemo(
    () =>
      (['latency_p50', 'latency_p95', 'latency_p99'] as const).map((key, i) => ({
        label: t(`metrics.${key}`),
        color: ['#51cf66', '#fcc419', '#ff6b6b'][i] ?? '#868e96',
        values: windows.map((w) => (w.totals[key] == null ? null : w.totals[key])),
      })),
    [windows, t],
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          access?.can('analytics.export') && (
            <Menu>
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} />} loading={exportEvents.isPending}>
                  {t('export.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => exportEvents.mutate('csv')}>{t('export.csv')}</Menu.Item>
                <Menu.Item onClick={() => exportEvents.mutate('json')}>{t('export.json')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )
        }
      />
      <Group gap="md" mb="md" wrap="wrap" align="flex-end">
        <div>
          <Text size="sm" fw={500} mb={4} id="interval-label">
            {t('interval.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="interval-label"
            value={interval}
            onChange={(v) => setInterval(v as Interval)}
            data={intervals.map((i) => ({ value: i, label: t(`interval.${i}`) }))}
          />
        </div>
        <Select
          label={t('segments.picker')}
          data={segmentDimensions.map((d) => ({ value: d, label: t(`segments.dimensions.${d}`) }))}
          value={segment}
          onChange={(v) => v && setSegment(v as SegmentDimension)}
          allowDeselect={false}
          w={200}
        />
        <Badge
          color={state === 'live' ? 'green' : state === 'forbidden' ? 'red' : 'gray'}
          variant="light"
          role="status"
          data-testid="stream-state"
        >
          {t(`state.${state}`)}
        </Badge>
        {latest?.partial && (
          // Cluster mode: a node or Redis is missing from the merged windows, so the figures are a lower bound.
          <Badge color="yellow" variant="light" role="status" title={t('partial.hint')} data-testid="partial-view">
            {t('partial.badge')}
          </Badge>
        )}
      </Group>

      <LiveTiles windows={windows} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} mb="md">
        <Section id="traffic" title={t('charts.traffic')}>
          <TimeChart
            times={times}
            series={traffic}
            label={t('charts.trafficLabel', { interval: t(`interval.${interval}`) })}
          />
        </Section>
        <Section id="latency" title={t('charts.latency')}>
          <TimeChart
            times={times}
            series={latency}
            label={t('charts.latencyLabel')}
            formatValue={(v) => formatMs(v, language)}
          />
        </Section>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} mb="md">
        <Section id="histogram" title={t('histogram.title')}>
          <LatencyHistogram buckets={latest?.latency_histogram ?? []} />
        </Section>
        <Section id="segments" title={t('segments.title')}>
          <SegmentTable values={latest?.segments[segment] ?? {}} />
        </Section>
      </SimpleGrid>

      <Section id="endpoints" title={t('endpoints.title')}>
        <EndpointTable endpoints={latest?.endpoints ?? []} />
      </Section>

      <Section id="compare" title={t('compare.title')}>
        <CompareChart />
      </Section>

      <Section id="ab" title={t('ab.title')}>
        <SegmentComparison />
      </Section>

      {access?.can('apikeys.manage') && (
        <Section id="site-keys" title={t('siteKeys.title')}>
          <SiteKeysPanel />
        </Section>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`analytics-${id}`} mb="md">
      <Title order={2} size="h4" id={`analytics-${id}`} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
