import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useEventTypes } from '../api/list-event-types';
import type { Webhook } from '../api/list-webhooks';
import { useCreateWebhook, useUpdateWebhook, type WebhookSecret } from '../api/save-webhook';

interface WebhookFormDialogProps {
  opened: boolean;
  /** The webhook to edit; a new one when absent. */
  webhook?: Webhook;
  onClose: () => void;
  onCreated: (created: WebhookSecret) => void;
}

export function WebhookFormDialog({ opened, webhook, onClose, onCreated }: WebhookFormDialogProps) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const types = useEventTypes();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const form = useForm({
    initialValues: {
      url: '',
      description: '',
      event_types: [] as string[],
      enabled: true,
      max_per_second: '' as number | string,
    },
    validate: {
      url: (v) => (/^https?:\/\/.+/.test(v.trim()) ? null : t('form.urlInvalid')),
      event_types: (v) => (v.length > 0 ? null : t('form.eventsRequired')),
    },
  });
  useEffect(() => {
    if (!opened) return;
    form.setValues(
      webhook
        ? {
            url: webhook.url,
            description: webhook.description ?? '',
            event_types: [...webhook.event_types],
            enabled: webhook.enabled,
            max_per_second: webhook.max_per_second,
          }
        : { url: '', description: '', event_types: [], enabled: true, max_per_second: '' },
    );
    // Only when the dialog opens or changes subject; the form is local state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, webhook?.id]);
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const error = create.error ?? update.error;
  const onError = (e: Error) => {
    if (e instanceof ApiError) form.setErrors(e.fieldErrors);
  };

  return (
    <Modal opened={opened} onClose={close} title={webhook ? t('form.editTitle') : t('form.createTitle')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          const body = {
            url: v.url.trim(),
            description: v.description || null,
            event_types: v.event_types,
            enabled: v.enabled,
            max_per_second: v.max_per_second === '' ? null : Number(v.max_per_second),
          };
          if (webhook)
            update.mutate({ id: webhook.id, version: webhook.version, ...body }, { onSuccess: close, onError });
          else
            create.mutate(body, {
              onSuccess: (created) => {
                close();
                onCreated(created);
              },
              onError,
            });
        })}
      >
        <Stack gap="sm">
          {error instanceof ApiError && error.kind !== 'validation' && (
            <Alert color="red" variant="light" role="alert">
              {error.message}
            </Alert>
          )}
          <TextInput
            label={t('fields.url')}
            description={t('form.urlHint')}
            required
            data-autofocus
            {...form.getInputProps('url')}
          />
          <TextInput label={t('fields.description')} {...form.getInputProps('description')} />
          <Checkbox.Group label={t('fields.events')} required {...form.getInputProps('event_types')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {(types.data ?? []).map((type) => (
                <Checkbox key={type} value={type} label={type} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <NumberInput
            label={t('fields.maxPerSecond')}
            description={t('form.rateHint')}
            min={1}
            max={1000}
            allowDecimal={false}
            {...form.getInputProps('max_per_second')}
          />
          <Switch label={t('fields.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {webhook ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
