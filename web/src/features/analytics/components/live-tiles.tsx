import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { AnalyticsWindow, MetricSet } from '../api/types';
import { errorRate, formatMs, formatPercent } from './format';
import { Sparkline } from './sparkline';

export type TileKey = 'activeUsers' | 'onlineNow' | 'sessions' | 'signUps' | 'errorRate' | 'latencyP95';

interface Tile {
  key: TileKey;
  read: (m: MetricSet) => number | null | undefined;
  format: (v: number, language: string) => string;
}

const tiles: Tile[] = [
  { key: 'activeUsers', read: (m) => m.active_users, format: formatNumber },
  { key: 'onlineNow', read: (m) => m.online_now, format: formatNumber },
  { key: 'sessions', read: (m) => m.sessions, format: formatNumber },
  { key: 'signUps', read: (m) => m.sign_ups, format: formatNumber },
  { key: 'errorRate', read: (m) => errorRate(m), format: formatPercent },
  { key: 'latencyP95', read: (m) => m.latency_p95, format: formatMs },
];

/** The live tiles: the latest window's value and a sparkline of the recent windows. */
export function LiveTiles({ windows }: { windows: AnalyticsWindow[] }) {
  const { t, i18n } = useTranslation('analytics');
  const language = i18n.resolvedLanguage ?? 'en';
  const latest = windows.at(-1)?.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="md">
      {tiles.map((tile) => {
        const value = latest ? tile.read(latest) : undefined;
        return (
          <Card key={tile.key} withBorder padding="sm" data-testid={`tile-${tile.key}`}>
            <Text size="sm" c="dimmed">
              {t(`tiles.${tile.key}`)}
            </Text>
            <Text fz={24} fw={700} lh={1.2} data-testid={`tile-${tile.key}-value`}>
              {value == null ? '—' : tile.format(value, language)}
            </Text>
            <Sparkline values={windows.map((w) => tile.read(w.totals) ?? null).map((v) => (v == null ? null : v))} />
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
