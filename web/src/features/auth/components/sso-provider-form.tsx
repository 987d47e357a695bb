import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRoles } from '@/lib/api/list-roles';
import { ApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { type SsoProvider, useSaveSsoProvider } from '../api/manage-sso-providers';

interface SsoProviderFormProps {
  /** The provider being edited; undefined adds a new one. */
  provider?: SsoProvider;
  opened: boolean;
  onClose: () => void;
}

const blank = {
  id: '',
  display_name: '',
  issuer: 'https://',
  client_id: '',
  client_secret: '',
  remove_secret: false,
  scopes: ['profile', 'email'],
  auto_create: false,
  default_role: '',
  roles_claim: '',
  role_mappings: [] as { group: string; role: string }[],
  enabled: true,
};

/** Adds or edits a provider. The client secret is write-only: the form never shows the stored one, only whether there is one. */
export function SsoProviderForm({ provider, opened, onClose }: SsoProviderFormProps) {
  const { t } = useTranslation('security');
  const roles = useRoles();
  const save = useSaveSsoProvider();
  const form = useForm({
    initialValues: provider
      ? {
          ...blank,
          id: provider.id,
          display_name: provider.display_name,
          issuer: provider.issuer,
          client_id: provider.client_id,
          scopes: [...provider.scopes],
          auto_create: provider.auto_create,
          default_role: provider.default_role_id ?? '',
          roles_claim: provider.roles_claim ?? '',
          role_mappings: provider.role_mappings.map((m) => ({ group: m.group, role: m.role_id })),
          enabled: provider.enabled,
        }
      : blank,
    validate: {
      id: (v) => (/^[a-z0-9-]{1,32}$/.test(v) ? null : t('ssoAdmin.idFormat')),
      display_name: (v) => (v.trim() ? null : t('ssoAdmin.required')),
      client_id: (v) => (v.trim() ? null : t('ssoAdmin.required')),
    },
  });
  const roleOptions = (roles.data ?? []).map((r) => ({ value: r.id, label: r.name }));

  const close = () => {
    save.reset();
    onClose();
  };

  const submit = form.onSubmit((v) =>
    save.mutate(
      {
        id: v.id,
        body: {
          display_name: v.display_name.trim(),
          issuer: v.issuer.trim(),
          client_id: v.client_id.trim(),
          // Write-only: empty keeps what is stored, unless the admin asked to remove it (a public client).
          client_secret: v.remove_secret ? '' : v.client_secret ? v.client_secret : null,
          scopes: v.scopes,
          auto_create: v.auto_create,
          default_role: v.default_role || null,
          roles_claim: v.roles_claim.trim() || null,
          role_mappings: v.role_mappings,
          enabled: v.enabled,
        },
      },
      {
        onSuccess: close,
        onError: (e) => e instanceof ApiError && form.setErrors(e.fieldErrors),
      },
    ),
  );

  const general = save.error && !(save.error instanceof ApiError && save.error.kind === 'validation');
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={provider ? t('ssoAdmin.editTitle', { name: provider.display_name }) : t('ssoAdmin.addTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {general && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error).detail}
            </Alert>
          )}
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('ssoAdmin.id')}
              description={t('ssoAdmin.idHelp')}
              required
              disabled={!!provider}
              data-autofocus
              {...form.getInputProps('id')}
            />
            <TextInput label={t('ssoAdmin.displayName')} required {...form.getInputProps('display_name')} />
          </Group>
          <TextInput
            label={t('ssoAdmin.issuer')}
            description={t('ssoAdmin.issuerHelp')}
            required
            {...form.getInputProps('issuer')}
          />
          <TextInput label={t('ssoAdmin.clientId')} required {...form.getInputProps('client_id')} />
          <PasswordInput
            label={t('ssoAdmin.clientSecret')}
            description={provider?.has_client_secret ? t('ssoAdmin.secretStored') : t('ssoAdmin.secretHelp')}
            autoComplete="off"
            disabled={form.values.remove_secret}
            {...form.getInputProps('client_secret')}
          />
          {provider?.has_client_secret && (
            <Checkbox
              label={t('ssoAdmin.removeSecret')}
              {...form.getInputProps('remove_secret', { type: 'checkbox' })}
            />
          )}
          <TagsInput
            label={t('ssoAdmin.scopes')}
            description={t('ssoAdmin.scopesHelp')}
            {...form.getInputProps('scopes')}
          />
          <Switch
            label={t('ssoAdmin.autoCreate')}
            description={t('ssoAdmin.autoCreateHelp')}
            {...form.getInputProps('auto_create', { type: 'checkbox' })}
          />
          <Select
            label={t('ssoAdmin.defaultRole')}
            description={t('ssoAdmin.defaultRoleHelp')}
            data={roleOptions}
            clearable
            {...form.getInputProps('default_role')}
          />
          <TextInput
            label={t('ssoAdmin.rolesClaim')}
            description={t('ssoAdmin.rolesClaimHelp')}
            {...form.getInputProps('roles_claim')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('ssoAdmin.mappings')}
            </Text>
            {form.values.role_mappings.map((_, i) => (
              <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                <TextInput label={t('ssoAdmin.group')} flex={1} {...form.getInputProps(`role_mappings.${i}.group`)} />
                <Select
                  label={t('ssoAdmin.role')}
                  data={roleOptions}
                  flex={1}
                  {...form.getInputProps(`role_mappings.${i}.role`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('ssoAdmin.removeMapping', { n: i + 1 })}
                  onClick={() => form.removeListItem('role_mappings', i)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('role_mappings', { group: '', role: '' })}
            >
              {t('ssoAdmin.addMapping')}
            </Button>
          </Stack>
          <Switch label={t('ssoAdmin.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('ssoAdmin.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('ssoAdmin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
