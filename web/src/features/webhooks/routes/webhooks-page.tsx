import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { SecretReveal } from '@/components/secret-reveal';
import { useSendTest } from '../api/delivery-actions';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useWebhooks, type Webhook } from '../api/list-webhooks';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { useUpdateWebhook, type WebhookSecret } from '../api/save-webhook';
import { DeliveriesDrawer } from '../components/deliveries-drawer';
import { WebhookFormDialog } from '../components/webhook-form-dialog';
import { WebhooksTable, type WebhookAction } from '../components/webhooks-table';

const overlaps = ['0', '3600', '86400', '604800'] as const;

export function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const query = useWebhooks();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const test = useSendTest();
  const [form, setForm] = useState<{ webhook?: Webhook } | undefined>();
  const [logOf, setLogOf] = useState<string>();
  const [deleting, setDeleting] = useState<Webhook>();
  const [rotating, setRotating] = useState<Webhook>();
  const [overlap, setOverlap] = useState<string>('86400');
  const [secret, setSecret] = useState<WebhookSecret>();
  const hooks = query.data?.items ?? [];
  const fail = (e: Error) => notifications.show({ color: 'red', message: e.message });

  const act = (action: WebhookAction, w: Webhook) => {
    if (action === 'deliveries') setLogOf(w.id);
    else if (action === 'edit') setForm({ webhook: w });
    else if (action === 'delete') setDeleting(w);
    else if (action === 'rotate') setRotating(w);
    else if (action === 'test')
      test.mutate(w.id, {
        onSuccess: () => notifications.show({ color: 'green', message: t('log.testQueued') }),
        onError: fail,
      });
    else update.mutate({ id: w.id, version: w.version, enabled: !w.enabled }, { onError: fail });
  };

  let body;
  if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (hooks.length === 0)
    body = (
      <EmptyState icon={<IconWebhook size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else body = <WebhooksTable webhooks={hooks} onAction={act} />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({})}>
            {t('form.createTitle')}
          </Button>
        }
      />
      {body}
      <WebhookFormDialog
        opened={form !== undefined}
        webhook={form?.webhook}
        onClose={() => setForm(undefined)}
        onCreated={setSecret}
      />
      <DeliveriesDrawer webhook={hooks.find((h) => h.id === logOf)} onClose={() => setLogOf(undefined)} />
      <SecretReveal secret={secret?.secret} title={t('secret.title')} onClose={() => setSecret(undefined)} />
      <Modal opened={rotating !== undefined} onClose={() => setRotating(undefined)} title={t('rotate.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('rotate.body')}</Text>
          <Select
            label={t('rotate.overlap')}
            allowDeselect={false}
            value={overlap}
            onChange={(v) => setOverlap(v ?? '86400')}
            data={overlaps.map((o) => ({ value: o, label: t(`rotate.overlaps.${o}`) }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRotating(undefined)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              loading={rotate.isPending}
              onClick={() =>
                rotating &&
                rotate.mutate(
                  { id: rotating.id, overlapSeconds: Number(overlap) },
                  {
                    onSuccess: (r) => {
                      setRotating(undefined);
                      setSecret(r);
                    },
                    onError: fail,
                  },
                )
              }
            >
              {t('rotate.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={deleting !== undefined} onClose={() => setDeleting(undefined)} title={t('delete.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('delete.body', { url: deleting?.url ?? '' })}</Text>
          {remove.error && (
            <Alert color="red" variant="light" role="alert">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(undefined)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(undefined) })}
            >
              {t('delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
