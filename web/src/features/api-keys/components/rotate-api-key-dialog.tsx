import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeySecret } from '../api/create-api-key';
import type { ApiKey } from '../api/list-api-keys';
import { useRotateApiKey } from '../api/rotate-api-key';

const graces = ['0', '3600', '86400', '604800'] as const;

interface RotateApiKeyDialogProps {
  apiKey: ApiKey | undefined;
  onClose: () => void;
  onRotated: (rotated: ApiKeySecret) => void;
}

/** A new secret for the key; the old one keeps working for the chosen grace period so integrations can switch. */
export function RotateApiKeyDialog({ apiKey, onClose, onRotated }: RotateApiKeyDialogProps) {
  const { t } = useTranslation('apiKeys');
  const { t: tc } = useTranslation();
  const rotate = useRotateApiKey();
  const [grace, setGrace] = useState<string>('86400');
  const close = () => {
    rotate.reset();
    onClose();
  };
  return (
    <Modal opened={apiKey !== undefined} onClose={close} title={t('rotate.title', { name: apiKey?.name ?? '' })}>
      <Stack gap="sm">
        <Text size="sm">{t('rotate.body')}</Text>
        {rotate.error && (
          <Alert color="red" variant="light" role="alert">
            {rotate.error.message}
          </Alert>
        )}
        <Select
          label={t('rotate.grace')}
          allowDeselect={false}
          value={grace}
          onChange={(v) => setGrace(v ?? '86400')}
          data={graces.map((g) => ({ value: g, label: t(`rotate.graces.${g}`) }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('actions.cancel')}
          </Button>
          <Button
            loading={rotate.isPending}
            onClick={() =>
              apiKey &&
              rotate.mutate(
                { id: apiKey.id, gracePeriodSeconds: Number(grace) },
                {
                  onSuccess: (rotated) => {
                    close();
                    onRotated(rotated);
                  },
                },
              )
            }
          >
            {t('rotate.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
