import { Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import type { GroupPreview } from '../api/group-rules';

/** "+312 / −4": who the draft would change if saved now, with a few names of each. */
export function PreviewPanel({
  preview,
  pending,
  error,
}: {
  preview?: GroupPreview;
  pending: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation('groups');
  if (error) return <Alert color="red">{errorMessage(error).detail}</Alert>;
  if (!preview) return pending ? <Loader size="sm" aria-label={t('preview.loading')} /> : null;
  return (
    <Stack gap={4} aria-live="polite" data-testid="group-preview">
      <Group gap="xs">
        <Text fw={600}>{t('preview.title')}</Text>
        <Badge color="green" variant="light" data-testid="preview-gain">
          +{preview.gain}
        </Badge>
        <Badge color="red" variant="light" data-testid="preview-lose">
          −{preview.lose}
        </Badge>
        {pending && <Loader size="xs" aria-label={t('preview.loading')} />}
      </Group>
      <Text size="sm">{t('preview.matching', { matching: preview.matching, members: preview.members })}</Text>
      {preview.gain_sample.length > 0 && (
        <Text size="sm">
          {t('preview.gainSample')} {preview.gain_sample.map((m) => m.username).join(', ')}
          {preview.gain > preview.gain_sample.length ? '…' : ''}
        </Text>
      )}
      {preview.lose_sample.length > 0 && (
        <Text size="sm">
          {t('preview.loseSample')} {preview.lose_sample.map((m) => m.username).join(', ')}
          {preview.lose > preview.lose_sample.length ? '…' : ''}
        </Text>
      )}
    </Stack>
  );
}
