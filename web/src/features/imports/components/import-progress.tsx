import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../api/import-progress-live';

/**
 * A running pass over an import: rows written (a commit) or checked (a preview) of the total, and an
 * ETA once the first batch has set a pace. Before the first event it shows the pass as started.
 */
export function ImportProgressBar({ progress, rows }: { progress: ImportProgress | undefined; rows: number }) {
  const { t } = useTranslation('imports');
  const total = progress?.rows ?? rows;
  const writing = progress?.phase !== 'validating';
  const done = progress === undefined ? 0 : writing ? progress.written : progress.validated;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const eta = progress?.running && progress.eta_seconds != null ? Math.ceil(progress.eta_seconds) : undefined;
  return (
    <Stack gap={4} aria-live="polite" data-testid="import-progress">
      <Progress value={percent} aria-label={t('progress.label')} animated={progress?.running !== false} />
      <Text size="sm">
        {writing
          ? t('progress.written', { done, rows: total, validated: progress?.validated ?? 0 })
          : t('progress.validated', { done, rows: total })}
        {eta !== undefined && ` · ${t('progress.eta', { seconds: eta })}`}
      </Text>
    </Stack>
  );
}
