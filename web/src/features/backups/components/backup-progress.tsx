import { Alert, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupJob } from '../api/backups';

const phases = ['queued', 'snapshot', 'pack', 'seal', 'done'] as const;
type Phase = (typeof phases)[number];

/** The run being followed: its phase and percent while it runs, what to do when it failed. */
export function BackupProgress({ job }: { job: BackupJob }) {
  const { t } = useTranslation('backups');
  if (job.state === 'failed')
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('job.failed')} role="alert">
        <Text size="sm">{job.error}</Text>
        <Text size="sm" mt="xs">
          {t('job.failedHelp')}
        </Text>
      </Alert>
    );
  const phase: Phase = phases.includes(job.phase as Phase) ? (job.phase as Phase) : 'queued';
  const percent = job.percent ?? 0;
  const running = job.state !== 'succeeded';
  return (
    <Stack gap={4} aria-live="polite" data-testid="backup-progress">
      <Progress value={percent} animated={running} aria-label={t('job.label')} />
      <Text size="sm">
        {running
          ? t('job.running', { phase: t(`job.phase.${phase}`), percent })
          : t('job.done', { name: job.backup?.name ?? '' })}
      </Text>
    </Stack>
  );
}
