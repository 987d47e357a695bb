import {
  Alert,
  Button,
  ColorInput,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { useAccess } from '@/lib/auth/use-access';
import { useCreateRole } from '../api/create-role';
import { roleSwatches } from './swatches';

/** A new role below the admin's own; permissions are set afterwards in the editor. */
export function CreateRoleDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('roles');
  const navigate = useNavigate();
  const access = useAccess();
  const create = useCreateRole();
  const maxPriority = (access?.me.rank ?? 1) - 1;
  const form = useForm({
    initialValues: { name: '', color: '#99aab5', description: '', priority: Math.min(1, maxPriority), hoist: false },
    validate: {
      name: (v) => (v.trim() ? null : t('create.nameRequired')),
      priority: (v) => (v <= maxPriority ? null : t('create.priorityTooHigh', { max: maxPriority })),
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const blocked = access && !access.can('roles.manage');

  return (
    <Modal opened={opened} onClose={close} title={t('create.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              name: v.name.trim(),
              color: v.color || null,
              description: v.description || null,
              priority: v.priority,
              hoist: v.hoist,
            },
            {
              onSuccess: (role) => {
                notifications.show({ color: 'green', message: t('create.created', { role: role.name }) });
                close();
                void navigate(`/roles/${role.id}?tab=permissions`);
              },
              onError: (error) => {
                if (!(error instanceof ApiError)) return;
                form.setErrors(error.fieldErrors);
                if (error.kind === 'duplicate') form.setFieldError('name', error.message);
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          {create.error instanceof ApiError && !['validation', 'duplicate'].includes(create.error.kind) && (
            <Alert color="red" variant="light" role="alert">
              {create.error.message}
            </Alert>
          )}
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <ColorInput
            label={t('fields.color')}
            format="hex"
            swatches={roleSwatches}
            swatchesPerRow={10}
            {...form.getInputProps('color')}
          />
          <Textarea label={t('fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <NumberInput
            label={t('fields.priority')}
            description={t('create.priorityHelp', { max: maxPriority })}
            min={0}
            max={maxPriority}
            {...form.getInputProps('priority')}
          />
          <Switch label={t('fields.hoist')} {...form.getInputProps('hoist', { type: 'checkbox' })} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!!blocked}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
