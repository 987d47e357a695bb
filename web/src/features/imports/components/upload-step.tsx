import { Alert, FileInput, Paper, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useUploadImport, type MemberImport } from '../api/member-import';

/** Step 1: a file dropped on the zone or picked with the (keyboard-reachable) file input. */
export function UploadStep({ onUploaded }: { onUploaded: (value: MemberImport) => void }) {
  const { t } = useTranslation('imports');
  const upload = useUploadImport();
  const [dragging, setDragging] = useState(false);

  const send = (file: File | null) => {
    if (file) upload.mutate(file, { onSuccess: onUploaded });
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files.item(0));
  };

  return (
    <Stack>
      <Paper
        withBorder
        p="xl"
        data-testid="import-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        style={{ borderStyle: 'dashed', borderWidth: 2, opacity: dragging ? 0.7 : 1 }}
      >
        <Stack align="center" gap="xs">
          <IconFileUpload size={32} aria-hidden />
          <Text fw={500}>{t('upload.drop')}</Text>
          <Text size="sm" c="dimmed">
            {t('upload.hint')}
          </Text>
          <FileInput
            label={t('upload.pick')}
            placeholder={t('upload.placeholder')}
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            onChange={send}
            disabled={upload.isPending}
            w="100%"
            maw={360}
          />
        </Stack>
      </Paper>
      {upload.isPending && <Text aria-live="polite">{t('upload.reading')}</Text>}
      {upload.isError && (
        <Alert color="red" title={errorMessage(upload.error).title} role="alert">
          {errorMessage(upload.error).detail}
        </Alert>
      )}
    </Stack>
  );
}
