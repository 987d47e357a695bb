import { Alert, Button, Group, Modal, MultiSelect, PasswordInput, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SecretReveal } from '@/components/secret-reveal';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useRoles } from '@/lib/api/list-roles';
import { ApiError } from '@/lib/api/problem';
import { useAccess } from '@/lib/auth/use-access';
import { useCreateUser } from '../api/create-user';
import { duplicateField } from './duplicate-field';
import { assignRoleReason } from '@/lib/auth/member-access';

interface CreateMemberDialogProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateMemberDialog({ opened, onClose }: CreateMemberDialogProps) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const access = useAccess();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const create = useCreateUser();
  const [handOver, setHandOver] = useState<{ url: string; memberId: string }>();
  const form = useForm({
    initialValues: {
      username: '',
      email: '',
      display_name: '',
      password: '',
      roles: [] as string[],
      tags: [] as string[],
    },
    validate: {
      username: (v) => (v.trim() ? null : t('create.usernameRequired')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('create.emailInvalid')),
    },
  });
  const names = (catalogue.data ?? []).map((p) => p.name);

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        username: values.username.trim(),
        email: values.email.trim(),
        display_name: values.display_name.trim() || null,
        password: values.password || null,
        roles: values.roles.length ? values.roles : null,
        tags: values.tags.length ? values.tags : null,
      },
      {
        onSuccess: (user) => {
          const setup = user.password_setup;
          notifications.show({
            color: 'green',
            message: setup?.mailed_to
              ? t('create.createdMailed', { name: user.display_name, email: setup.mailed_to })
              : t('create.created', { name: user.display_name }),
          });
          close();
          // Without e-mail the admin hands the member their one-time link; the member page opens once it is copied.
          if (setup?.set_password_url) setHandOver({ url: setup.set_password_url, memberId: user.id });
          else void navigate(`/members/${user.id}`);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          form.setErrors(error.fieldErrors);
          const field = duplicateField(error);
          if (field) form.setFieldError(field, error.message);
        },
      },
    ),
  );

  const generalError =
    create.error &&
    !(create.error instanceof ApiError && (create.error.kind === 'validation' || duplicateField(create.error)))
      ? create.error.message
      : undefined;

  return (
    <>
      <SecretReveal
        secret={handOver?.url}
        title={t('create.linkTitle')}
        onClose={() => {
          if (handOver) void navigate(`/members/${handOver.memberId}`);
          setHandOver(undefined);
        }}
      />
      <Modal opened={opened} onClose={close} title={t('create.title')} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {generalError && (
              <Alert color="red" variant="light" role="alert">
                {generalError}
              </Alert>
            )}
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t('fields.username')}
                description={t('create.usernameHelp')}
                required
                data-autofocus
                {...form.getInputProps('username')}
              />
              <TextInput label={t('fields.displayName')} {...form.getInputProps('display_name')} />
            </Group>
            <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
            <PasswordInput
              label={t('fields.password')}
              description={t('create.passwordHelp')}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <MultiSelect
              label={t('fields.roles')}
              description={t('create.rolesHelp')}
              searchable
              data={(roles.data ?? []).map((r) => {
                const reason = access ? assignRoleReason(access, r, names) : '';
                return { value: r.id, label: reason ? `${r.name} — ${reason}` : r.name, disabled: !!reason };
              })}
              {...form.getInputProps('roles')}
            />
            <TagsInput label={t('fields.tags')} description={t('create.tagsHelp')} {...form.getInputProps('tags')} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
