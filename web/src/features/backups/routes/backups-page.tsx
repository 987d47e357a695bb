import { Badge, Button, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { IconDatabaseExport, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { jobEnded, useBackupJob, useBackups, useStartBackup, type BackupList } from '../api/backups';
import { useBackupsLive } from '../api/backups-live';
import { BackupProgress } from '../components/backup-progress';
import { BackupSchedule } from '../components/backup-schedule';
import { BackupsTable } from '../components/backups-table';

/** Backups: what is on disk, how backups are taken and kept, and one taken now with its progress. */
export function BackupsPage() {
  const { t } = useTranslation('backups');
  const { t: tc } = useTranslation();
  const backups = useBackups();
  const start = useStartBackup();
  const [jobId, setJobId] = useState<string>();
  // Runs are pushed as they move; the page follows the latest one, whoever started it.
  const live = useBackupsLive((pushed) => setJobId(pushed.id));
  const job = useBackupJob(jobId);
  const running = start.isPending || (job.data !== undefined && !jobEnded(job.data));

  const backUpNow = () => start.mutate(undefined, { onSuccess: (started) => setJobId(started.id) });

  let body;
  if (backups.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (backups.isError) body = <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />;
  else
    body = (
      <Stack gap="lg">
        {backups.data.items.length === 0 ? (
          <EmptyState icon={<IconDatabaseExport size={24} />} title={t('empty.title')}>
            <EmptyText list={backups.data} />
          </EmptyState>
        ) : (
          <BackupsTable backups={backups.data.items} />
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="backups-how">
          <Title id="backups-how" order={2} size="h4" mb="xs">
            {t('schedule.title')}
          </Title>
          <BackupSchedule list={backups.data} />
        </Paper>
      </Stack>
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="sm">
            <Badge
              variant="dot"
              color={live === 'live' ? 'green' : live === 'connecting' ? 'yellow' : 'red'}
              data-testid="backups-live"
            >
              {t(`live.${live}`)}
            </Badge>
            <Button leftSection={<IconPlayerPlay size={16} />} loading={running} onClick={backUpNow}>
              {t('now')}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {start.isError && <ErrorState error={start.error} onRetry={backUpNow} />}
        {job.isError && <ErrorState error={job.error} onRetry={() => void job.refetch()} />}
        {job.data && <BackupProgress job={job.data} />}
        {body}
      </Stack>
    </>
  );
}

function EmptyText({ list }: { list: BackupList }) {
  const { t, i18n } = useTranslation('backups');
  if (!list.scheduled || !list.next_run_at) return <>{t('empty.bodyNow')}</>;
  const at = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(list.next_run_at),
  );
  return <>{t('empty.body', { at })}</>;
}
