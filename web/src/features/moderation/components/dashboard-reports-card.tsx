import { Anchor, Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import { useReportCounts } from '../api/report-counts';
import { useReportsLive } from '../api/reports-live';

/** The dashboard's "open reports / past their SLA" card (through the dashboard-card slot), live on the `reports` topic. */
export function DashboardReportsCard() {
  const { t, i18n } = useTranslation('moderation');
  const language = i18n.resolvedLanguage ?? 'en';
  useReportsLive();
  const counts = useReportCounts();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-reports" mb="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="dashboard-reports">
          {t('dashboard.title')}
        </Title>
        <Anchor component={Link} to="/reports" size="sm">
          {t('dashboard.link')}
        </Anchor>
      </Group>
      {counts.data === undefined ? (
        <Skeleton height={52} />
      ) : counts.data.open === 0 ? (
        <Text c="dimmed" data-testid="dashboard-reports-none">
          {t('dashboard.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <div>
            <Text size="sm" c="dimmed">
              {t('dashboard.open')}
            </Text>
            <Text fz={24} fw={700} data-testid="dashboard-reports-open">
              {formatNumber(counts.data.open, language)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('dashboard.breached')}
            </Text>
            <Text
              fz={24}
              fw={700}
              c={counts.data.breached > 0 ? 'var(--mantine-color-error)' : undefined}
              data-testid="dashboard-reports-breached"
            >
              {formatNumber(counts.data.breached, language)}
            </Text>
          </div>
        </SimpleGrid>
      )}
    </Card>
  );
}
