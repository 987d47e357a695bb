import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { useCreateInvite } from '../api/create-invite';
import type { Invite } from '../api/list-invites';

const expiries = ['never', '1', '7', '30'] as const;

/** The expiry instant for a preset (days from now), or null for an invite that does not expire. */
function expiresAt(preset: string): string | null {
  return preset === 'never' ? null : new Date(Date.now() + Number(preset) * 86_400_000).toISOString();
}

interface CreateInviteDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (invite: Invite) => void;
}

/** A new invite: only roles below the admin's rank are offered, as the server checks too. */
export function CreateInviteDialog({ opened, onClose, onCreated }: CreateInviteDialogProps) {
  const { t } = useTranslation('invites');
  const { t: tc } = useTranslation();
  const access = useAccess();
  const roles = useRoles(opened);
  const create = useCreateInvite();
  const form = useForm({
    initialValues: { maxUses: '' as number | string, expiry: '7', roles: [] as string[], note: '' },
  });
  const assignable = (roles.data ?? []).filter((r) => access?.outranks(r.priority));
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
              max_uses: v.maxUses === '' ? null : Number(v.maxUses),
              expires_at: expiresAt(v.expiry),
              roles: v.roles,
              note: v.note.trim() || null,
            },
            {
              onSuccess: (invite) => {
                close();
                onCreated(invite);
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
          <NumberInput
            label={t('fields.maxUses')}
            description={t('create.maxUsesHint')}
            min={1}
            max={100000}
            allowDecimal={false}
            data-autofocus
            {...form.getInputProps('maxUses')}
            error={form.errors.max_uses ?? form.errors.maxUses}
          />
          <Select
            label={t('fields.expires')}
            allowDeselect={false}
            data={expiries.map((e) => ({ value: e, label: t(`create.expiry.${e}`) }))}
            {...form.getInputProps('expiry')}
            error={form.errors.expires_at}
          />
          <MultiSelect
            label={t('fields.roles')}
            description={t('create.rolesHint')}
            searchable
            data={assignable.map((r) => ({ value: r.id, label: r.name }))}
            {...form.getInputProps('roles')}
          />
          <TextInput label={t('fields.note')} maxLength={200} {...form.getInputProps('note')} />
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
