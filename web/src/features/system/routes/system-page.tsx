import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useSystemStatus, type SystemStatus } from '../api/system-status';
import { HealthBadge } from '../components/health-badge';
import { ScrapeHelp } from '../components/scrape-help';
import { Stat } from '../components/stat';
import { formatRate } from '../components/rate';
import { formatUptime } from '../components/uptime';

/** System: this server at a glance (health, backlog, traffic), refreshed every few seconds. */
export function SystemPage() {
  const { t } = useTranslation('system');
  const status = useSystemStatus();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {status.isPending ? (
        <Loader aria-label={t('loading')} />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <SystemFigures status={status.data} />
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title id={id} order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function SystemFigures({ status }: { status: SystemStatus }) {
  const { t, i18n } = useTranslation('system');
  const language = i18n.resolvedLanguage ?? 'en';
  const number = (value: number) => formatNumber(value, language);
  const { requests, outbox, database } = status;
  const windowMinutes = Math.round(requests.window_seconds / 60);
  return (
    <Stack gap="xl">
      <Section id="system-server" title={t('server.title')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Stat
            label={t('server.version')}
            value={status.version}
            hint={t(`server.mode.${status.mode === 'Cluster' ? 'cluster' : 'single'}`)}
          />
          <Stat
            label={t('server.uptime')}
            value={formatUptime(status.uptime_seconds, language)}
            hint={t('server.startedAt', { at: formatDateTime(status.started_at, language) })}
            testId="system-uptime"
          />
          <Stat
            label={t('health.database')}
            value={<HealthBadge healthy={database.healthy} />}
            hint={t('health.databaseHint', {
              provider: t(`health.provider.${database.provider === 'postgres' ? 'postgres' : 'sqlite'}`),
              ms: number(database.latency_ms),
            })}
            testId="system-database"
          />
          {status.redis ? (
            <Stat
              label={t('health.redis')}
              value={<HealthBadge healthy={status.redis.healthy} />}
              hint={status.redis.reason ?? t('health.node', { node: status.node ?? '' })}
            />
          ) : (
            <Stat label={t('health.redis')} value={t('health.notUsed')} hint={t('health.singleNode')} />
          )}
        </SimpleGrid>
      </Section>

      <Section id="system-traffic" title={t('traffic.title', { minutes: windowMinutes })}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Stat
            label={t('traffic.rate')}
            value={t('traffic.perSecond', { value: formatRate(requests.per_second, language) })}
            hint={t('traffic.count', { count: requests.count, formatted: number(requests.count) })}
            testId="system-rate"
          />
          <Stat
            label={t('traffic.errors')}
            value={new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
              requests.error_rate,
            )}
            hint={t('traffic.errorsHint')}
            testId="system-errors"
          />
          <Stat
            label={t('traffic.p95')}
            value={requests.p95_ms == null ? '—' : t('traffic.ms', { value: number(requests.p95_ms) })}
            hint={requests.p95_ms == null ? t('traffic.noRequests') : t('traffic.p95Hint')}
            testId="system-p95"
          />
          <Stat
            label={t('traffic.connections')}
            value={number(status.live_connections)}
            hint={t('traffic.connectionsHint')}
            testId="system-connections"
          />
        </SimpleGrid>
      </Section>

      <Section id="system-queues" title={t('queues.title')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Stat
            label={t('queues.outbox')}
            value={number(outbox.pending)}
            hint={
              outbox.oldest_pending_seconds == null
                ? t('queues.caughtUp')
                : t('queues.oldest', { age: formatUptime(outbox.oldest_pending_seconds, language) })
            }
            testId="system-outbox"
          />
          <Stat
            label={t('queues.webhooks')}
            value={status.webhooks.depth == null ? '—' : number(status.webhooks.depth)}
            hint={status.webhooks.depth == null ? t('queues.notCounted') : t('queues.webhooksHint')}
            testId="system-webhooks"
          />
        </SimpleGrid>
      </Section>

      <Section id="system-metrics" title={t('scrape.title')}>
        <ScrapeHelp />
      </Section>
      <Group>
        <Text size="xs" c="dimmed">
          {t('refresh')}
        </Text>
      </Group>
    </Stack>
  );
}
