import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { SecretReveal } from '@/components/secret-reveal';
import type { ApiKeySecret } from '../api/create-api-key';
import { useApiKeys, type ApiKey } from '../api/list-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { ApiKeysTable } from '../components/api-keys-table';
import { CreateApiKeyDialog } from '../components/create-api-key-dialog';
import { RotateApiKeyDialog } from '../components/rotate-api-key-dialog';

export function ApiKeysPage() {
  const { t } = useTranslation('apiKeys');
  const { t: tc } = useTranslation();
  const query = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const [secret, setSecret] = useState<ApiKeySecret>();
  const keys = query.data?.items ?? [];

  let body;
  if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (keys.length === 0)
    body = (
      <EmptyState icon={<IconKey size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else body = <ApiKeysTable keys={keys} onRotate={setRotating} onRevoke={setRevoking} />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('create.action')}
          </Button>
        }
      />
      {body}
      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <RotateApiKeyDialog apiKey={rotating} onClose={() => setRotating(undefined)} onRotated={setSecret} />
      <SecretReveal
        secret={secret?.key}
        title={t('secret.title', { name: secret?.api_key.name ?? '' })}
        onClose={() => setSecret(undefined)}
      />
      <Modal opened={revoking !== undefined} onClose={() => setRevoking(undefined)} title={t('revoke.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('revoke.body', { name: revoking?.name ?? '' })}</Text>
          {revoke.error && (
            <Alert color="red" variant="light" role="alert">
              {revoke.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(undefined)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('revoke.done', { name: revoking.name }) });
                    setRevoking(undefined);
                  },
                })
              }
            >
              {t('revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
