import { Alert, Button, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { EditConflictAlert } from '@/components/edit-conflict-alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { getUser, userQueryOptions } from '@/lib/api/get-user';
import { ApiError } from '@/lib/api/problem';
import { chosenStatuses, type UpdateUserRequest, type User } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useUpdateUser } from '../api/update-user';
import { changedFields, valuesOf, type InfoValues } from './info-values';
import { actOnMemberReason, permissionReason } from '@/lib/auth/member-access';

interface Conflict {
  latest: User;
  theirs: (keyof InfoValues)[];
}

/**
 * Edits a member with optimistic concurrency: the PATCH carries If-Match with the version the
 * form was loaded from. When someone else saved meanwhile (412), the admin sees which fields
 * they changed and chooses: keep their own edits on top of the new version, or take the new one.
 */
export function MemberInfoTab({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const queryClient = useQueryClient();
  const update = useUpdateUser();
  const [base, setBase] = useState(() => ({ version: member.version, values: valuesOf(member) }));
  const [conflict, setConflict] = useState<Conflict>();
  const form = useForm<InfoValues>({ initialValues: base.values });

  const blocked = access ? (permissionReason(access, 'users.update') ?? actOnMemberReason(access, member)) : '';
  const changes = changedFields(base.values, form.values);
  const dirty = Object.keys(changes).length > 0;

  // A newer version arrived (our own role change, a refetch): follow it while nothing is being edited.
  const [seenVersion, setSeenVersion] = useState(member.version);
  if (seenVersion !== member.version) {
    setSeenVersion(member.version);
    if (!dirty && !conflict) {
      const values = valuesOf(member);
      setBase({ version: member.version, values });
      form.setValues(values);
    }
  }

  const save = (version: number, body: UpdateUserRequest) =>
    update.mutate(
      { id: member.id, version, changes: body },
      {
        onSuccess: (user) => {
          const values = valuesOf(user);
          setBase({ version: user.version, values });
          form.setValues(values);
          form.resetDirty(values);
          setConflict(undefined);
          notifications.show({ color: 'green', message: t('info.saved') });
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.kind === 'precondition-failed') {
            void getUser(member.id).then((latest) => {
              queryClient.setQueryData(userQueryOptions(member.id).queryKey, latest);
              const now = valuesOf(latest);
              const theirs = (Object.keys(now) as (keyof InfoValues)[]).filter(
                (k) => JSON.stringify(now[k]) !== JSON.stringify(base.values[k]),
              );
              setConflict({ latest, theirs });
            });
            return;
          }
          form.setErrors(error.fieldErrors);
          if (error.kind === 'duplicate') {
            const field = /\bemail\b/i.test(error.message) ? 'email' : 'username';
            form.setFieldError(field, error.message);
          }
        },
      },
    );

  const takeTheirs = () => {
    if (!conflict) return;
    const values = valuesOf(conflict.latest);
    setBase({ version: conflict.latest.version, values });
    form.setValues(values);
    setConflict(undefined);
  };

  // Our edits are what differs from the version we loaded; re-applied on theirs, they leave their changes alone.
  const keepMine = () => {
    if (!conflict) return;
    const mine = changedFields(base.values, form.values);
    const values = valuesOf(conflict.latest);
    setBase({ version: conflict.latest.version, values });
    const edited = Object.keys(mine) as (keyof InfoValues)[];
    form.setValues({ ...values, ...Object.fromEntries(edited.map((k) => [k, form.values[k]])) });
    save(conflict.latest.version, mine);
  };

  const otherError =
    update.error instanceof ApiError && !['validation', 'precondition-failed', 'duplicate'].includes(update.error.kind)
      ? update.error.message
      : undefined;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(() => save(base.version, changes))}
      onReset={(e) => {
        e.preventDefault();
        form.setValues(base.values);
      }}
    >
      <UnsavedChangesGuard when={dirty && !update.isPending} />
      <Stack gap="sm" maw={720}>
        {blocked && (
          <Alert color="gray" variant="light">
            {blocked}
          </Alert>
        )}
        {conflict && (
          <EditConflictAlert
            title={t('info.conflictTitle')}
            keepMineLabel={t('info.keepMine')}
            takeTheirsLabel={t('info.takeTheirs')}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
            saving={update.isPending}
            data-testid="edit-conflict"
          >
            {t('info.conflictBody', {
              version: conflict.latest.version,
              fields: conflict.theirs.map((f) => t(`fieldNames.${f}`)).join(', ') || t('info.conflictNoFields'),
            })}
          </EditConflictAlert>
        )}
        {otherError && (
          <Alert color="red" variant="light" role="alert">
            {otherError}
          </Alert>
        )}
        <fieldset disabled={!!blocked} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput label={t('fields.displayName')} {...form.getInputProps('display_name')} />
              <TextInput label={t('fields.username')} {...form.getInputProps('username')} />
            </Group>
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
            {member.external_id && (
              <TextInput
                label={t('fields.externalId')}
                description={t('fields.externalIdHelp', { source: member.external_source ?? '' })}
                value={member.external_id}
                readOnly
              />
            )}
            <TextInput
              label={t('fields.avatarUrl')}
              placeholder="https://"
              type="url"
              {...form.getInputProps('avatar_url')}
            />
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('fields.status')}
                data={chosenStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
              <TextInput label={t('fields.statusMessage')} {...form.getInputProps('status_message')} />
            </Group>
            <TagsInput label={t('fields.tags')} {...form.getInputProps('tags')} />
          </Stack>
        </fieldset>
        <Group justify="flex-end">
          <Button type="reset" variant="default" disabled={!dirty || !!blocked}>
            {t('info.reset')}
          </Button>
          <Button type="submit" disabled={!dirty || !!blocked || !!conflict} loading={update.isPending && !conflict}>
            {t('info.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
