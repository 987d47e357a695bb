import { Badge, Button, Drawer, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/error-message';
import { formatDateTime } from '@/lib/format';
import { downloadRunFile, useReportRuns, type ReportRun } from '../api/report-runs';
import type { ScheduledReport } from '../api/scheduled-reports';

const COLORS: Record<string, string> = {
  running: 'blue',
  delivering: 'yellow',
  delivered: 'green',
  partly_failed: 'orange',
  failed: 'red',
  pending: 'yellow',
  sent: 'green',
};

function RunCard({ run }: { run: ReportRun }) {
  const { t, i18n } = useTranslation('scheduled-reports');
  const when = (at: string) => formatDateTime(at, i18n.language);
  return (
    <Paper withBorder p="sm" data-testid="report-run">
      <Group justify="space-between" wrap="wrap">
        <Text fw={500}>{when(run.started_at)}</Text>
        <Badge color={COLORS[run.status] ?? 'gray'} data-testid="run-status">
          {t(`runStatus.${run.status as 'running'}`, { defaultValue: run.status })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('runs.period', { from: when(run.period_from), to: when(run.period_to) })} ·{' '}
        {t(`triggers.${run.trigger as 'manual'}`)}
      </Text>
      {run.error && (
        <Text size="sm" c="red">
          {run.error}
        </Text>
      )}
      <List size="sm" mt="xs" spacing={2}>
        {run.deliveries.map((d) => (
          <List.Item key={d.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" style={{ wordBreak: 'break-all' }}>
                {d.address} ({d.language})
              </Text>
              <Badge size="sm" variant="light" color={COLORS[d.status] ?? 'gray'}>
                {t(`deliveryStatus.${d.status as 'sent'}`, { defaultValue: d.status })}
              </Badge>
              {d.attempts > 1 && <Text size="xs">{t('runs.attempts', { count: d.attempts })}</Text>}
              {d.last_error && d.status !== 'sent' && (
                <Text size="xs" c="red">
                  {d.last_error}
                </Text>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Group gap="xs" mt="xs">
        {run.downloadable ? (
          run.languages.map((language) => (
            <Button
              key={language}
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
              onClick={() =>
                void downloadRunFile(run, language).catch((e: unknown) =>
                  notifications.show({ color: 'red', message: errorMessage(e).detail }),
                )
              }
            >
              {t('runs.download', { format: run.format.toUpperCase(), language: language.toUpperCase() })}
            </Button>
          ))
        ) : (
          <Text size="xs" c="dimmed">
            {t('runs.expired')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

/** A report's runs, newest first, with each recipient's delivery status and the files to download. */
export function RunsDrawer({ report, onClose }: { report?: ScheduledReport; onClose: () => void }) {
  const { t } = useTranslation('scheduled-reports');
  const runs = useReportRuns(report?.id);
  let body;
  if (runs.isPending) body = <Loader size="sm" aria-label={t('runs.loading')} />;
  else if (runs.isError) body = <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.items.length === 0) body = <Text c="dimmed">{t('runs.empty')}</Text>;
  else body = runs.data.items.map((r) => <RunCard key={r.id} run={r} />);
  return (
    <Drawer
      opened={report !== undefined}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('runs.title', { name: report?.name ?? '' })}
    >
      <Stack gap="sm">{body}</Stack>
    </Drawer>
  );
}
