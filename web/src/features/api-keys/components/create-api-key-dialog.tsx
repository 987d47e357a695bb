import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useAccess } from '@/lib/auth/use-access';
import { useCreateApiKey, type ApiKeySecret } from '../api/create-api-key';

const expiries = ['never', '30', '90', '365'] as const;

/** The expiry instant for a preset (days from now), or null for a key that does not expire. */
function expiresAt(preset: string): string | null {
  return preset === 'never' ? null : new Date(Date.now() + Number(preset) * 86_400_000).toISOString();
}

interface CreateApiKeyDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: ApiKeySecret) => void;
}

/** A new key: the scope picker offers only what the admin holds, since a key never carries more. */
export function CreateApiKeyDialog({ opened, onClose, onCreated }: CreateApiKeyDialogProps) {
  const { t } = useTranslation('apiKeys');
  const { t: tc } = useTranslation();
  const access = useAccess();
  const catalogue = usePermissionCatalogue();
  const create = useCreateApiKey();
  const form = useForm({
    initialValues: {
      name: '',
      scopes: [] as string[],
      expiry: 'never',
      rate: '' as number | string,
      ips: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('create.nameRequired')),
      scopes: (v) => (v.length > 0 ? null : t('create.scopesRequired')),
    },
  });
  const held = (catalogue.data ?? []).filter((p) => access?.can(p.name));
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              name: v.name.trim(),
              scopes: v.scopes,
              expires_at: expiresAt(v.expiry),
              rate_limit_per_minute: v.rate === '' ? null : Number(v.rate),
              allowed_ips: v.ips
                .split(/[\s,]+/)
                .map((s) => s.trim())
                .filter(Boolean),
            },
            {
              onSuccess: (created) => {
                close();
                onCreated(created);
              },
              onError: (error) => {
                if (error instanceof ApiError) form.setErrors(error.fieldErrors);
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          {create.error instanceof ApiError && create.error.kind !== 'validation' && (
            <Alert color="red" variant="light" role="alert">
              {create.error.message}
            </Alert>
          )}
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <MultiSelect
            label={t('fields.scopes')}
            description={t('create.scopesHint')}
            required
            searchable
            data={held.map((p) => ({ value: p.name, label: `${p.name} — ${p.description}` }))}
            {...form.getInputProps('scopes')}
          />
          <Select
            label={t('fields.expires')}
            allowDeselect={false}
            data={expiries.map((e) => ({ value: e, label: t(`create.expiry.${e}`) }))}
            {...form.getInputProps('expiry')}
          />
          <NumberInput
            label={t('fields.rateLimit')}
            description={t('create.rateHint')}
            min={1}
            max={100000}
            allowDecimal={false}
            {...form.getInputProps('rate')}
          />
          <Textarea
            label={t('fields.allowedIps')}
            description={t('create.ipsHint')}
            autosize
            minRows={2}
            {...form.getInputProps('ips')}
            error={form.errors.allowed_ips ?? form.errors.ips}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
