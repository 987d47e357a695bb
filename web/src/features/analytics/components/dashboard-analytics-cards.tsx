import { Anchor, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import { useAnalyticsStream } from '../api/use-analytics-stream';
import { errorRate, formatMs, formatPercent } from './format';
import type { TileKey } from './live-tiles';
import { Sparkline } from './sparkline';

/** The dashboard's live analytics cards (contributed through the dashboard-card slot): pushed every 5 s. */
export function DashboardAnalyticsCards() {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const { windows } = useAnalyticsStream('5s', 'role');
  const latest = windows.at(-1);
  const types = Object.entries(latest?.event_types ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4);
  const stats: { key: TileKey; value: string; trend: (number | null)[] }[] = [
    {
      key: 'activeUsers',
      value: latest ? formatNumber(latest.totals.active_users, language) : '—',
      trend: windows.map((w) => w.totals.active_users),
    },
    {
      key: 'errorRate',
      value: latest && errorRate(latest.totals) != null ? formatPercent(errorRate(latest.totals) ?? 0, language) : '—',
      trend: windows.map((w) => errorRate(w.totals)),
    },
    {
      key: 'latencyP95',
      value: latest?.totals.latency_p95 != null ? formatMs(latest.totals.latency_p95, language) : '—',
      trend: windows.map((w) => (w.totals.latency_p95 == null ? null : w.totals.latency_p95)),
    },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-analytics" mb="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="dashboard-analytics">
          {t('dashboard.title')}
        </Title>
        <Anchor component={Link} to="/analytics" size="sm">
          {t('dashboard.link')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {stats.map((s) => (
          <div key={s.key}>
            <Text size="sm" c="dimmed">
              {t(`tiles.${s.key}`)}
            </Text>
            <Text fz={24} fw={700}>
              {s.value}
            </Text>
            <Sparkline values={s.trend} />
          </div>
        ))}
        <div>
          <Text size="sm" c="dimmed">
            {t('dashboard.keyEvents')}
          </Text>
          {types.length === 0 ? (
            <Text size="sm">{t('dashboard.noEvents')}</Text>
          ) : (
            types.map(([type, count]) => (
              <Text key={type} size="sm" truncate>
                {type} · {formatNumber(count, language)}
              </Text>
            ))
          )}
        </div>
      </SimpleGrid>
    </Card>
  );
}
