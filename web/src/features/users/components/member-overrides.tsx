import { Alert, Badge, Button, Collapse, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EditConflictAlert } from '@/components/edit-conflict-alert';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PermissionEditor } from '@/components/permission-editor';
import type { PermissionState } from '@/components/tri-state';
import { UnsavedBar } from '@/components/unsaved-bar';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { getUser, userQueryOptions } from '@/lib/api/get-user';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { ApiError } from '@/lib/api/problem';
import type { Permission, User } from '@/lib/api/types';
import { actOnMemberReason, permissionReason } from '@/lib/auth/member-access';
import { useAccess } from '@/lib/auth/use-access';
import { useUpdateUser } from '../api/update-user';
import { overrideChanges, overridesOf, rebaseOverrides } from './overrides-draft';

/**
 * Discord's per-member permission overwrites: allow, deny or leave each permission to the roles.
 * Saved with If-Match like every member edit; when someone else saved meanwhile, the admin chooses
 * to re-apply their own changes on the new version or to take it.
 */
export function MemberOverrides({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const catalogue = usePermissionCatalogue();
  const update = useUpdateUser();
  const queryClient = useQueryClient();
  const names = (catalogue.data ?? []).map((p) => p.name);
  // Open in the URL, so a link (or a reload) lands on the editor.
  const [params, setParams] = useSearchParams();
  const open = params.get('overrides') === 'edit';
  const toggle = () =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (open) next.delete('overrides');
        else next.set('overrides', 'edit');
        return next;
      },
      { replace: true },
    );
  const [base, setBase] = useState(() => ({ version: member.version, value: overridesOf(member, names) }));
  const [draft, setDraft] = useState<PermissionState>(base.value);
  const [conflict, setConflict] = useState<User>();
  const changes = overrideChanges(base.value, draft);
  const dirty = Object.keys(changes).length > 0;

  // The catalogue arrives after the first render, and the member changes elsewhere (roles, info): follow while nothing is edited.
  const seen = `${member.version}|${names.length}`;
  const [seenKey, setSeenKey] = useState(seen);
  if (seenKey !== seen) {
    setSeenKey(seen);
    if (!dirty && !conflict) {
      const value = overridesOf(member, names);
      setBase({ version: member.version, value });
      setDraft(value);
    }
  }

  if (!access || catalogue.isPending) return <Loader aria-label={t('loading')} />;
  const blocked =
    permissionReason(access, 'users.update') ??
    permissionReason(access, 'roles.assign') ??
    actOnMemberReason(access, member);
  const allowBlocked = (permission: Permission) =>
    access.can(permission) ? undefined : t('overrides.notHeld', { permission });

  const save = (version: number, body = changes) =>
    update.mutate(
      { id: member.id, version, changes: body },
      {
        onSuccess: (saved) => {
          const value = overridesOf(saved, names);
          setBase({ version: saved.version, value });
          setDraft(value);
          setConflict(undefined);
          notifications.show({ color: 'green', message: t('overrides.saved') });
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.kind === 'precondition-failed') {
            void getUser(member.id).then((latest) => {
              queryClient.setQueryData(userQueryOptions(member.id).queryKey, latest);
              setConflict(latest);
            });
            return;
          }
          notifications.show({ color: 'red', title: t('actions.failed'), message: error.message, autoClose: 8000 });
        },
      },
    );

  const keepMine = () => {
    if (!conflict) return;
    const latest = overridesOf(conflict, names);
    const mine = rebaseOverrides(base.value, draft, latest);
    setBase({ version: conflict.version, value: latest });
    setDraft(mine);
    save(conflict.version, overrideChanges(latest, mine));
  };
  const takeTheirs = () => {
    if (!conflict) return;
    const latest = overridesOf(conflict, names);
    setBase({ version: conflict.version, value: latest });
    setDraft(latest);
    setConflict(undefined);
  };

  const written = [...(member.allow_overrides ?? []), ...(member.deny_overrides ?? [])];
  const wildcards = written.filter((g) => g.endsWith('*'));

  return (
    <Paper withBorder radius="md" p="md" mb="lg" data-testid="member-overrides">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h5" id="overrides-heading">
            {t('overrides.title')}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge color="green" variant="light" data-testid="overrides-allowed">
              {t('overrides.allowed', { count: base.value.allow.size })}
            </Badge>
            <Badge color="red" variant="light" data-testid="overrides-denied">
              {t('overrides.denied', { count: base.value.deny.size })}
            </Badge>
          </Group>
        </div>
        <Button
          variant="default"
          leftSection={<IconAdjustments size={16} aria-hidden />}
          onClick={toggle}
          aria-expanded={open}
          aria-controls="overrides-editor"
        >
          {open ? t('overrides.close') : t('overrides.open')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mt="xs">
        {t('overrides.help')}
      </Text>
      <Collapse in={open} id="overrides-editor">
        <Stack gap="md" mt="md">
          {blocked && (
            <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
              {blocked}
            </Alert>
          )}
          {wildcards.length > 0 && (
            <Alert color="blue" variant="light">
              {t('overrides.wildcards', { grants: wildcards.join(', ') })}
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
              data-testid="overrides-conflict"
            >
              {t('overrides.conflictBody', { version: conflict.version })}
            </EditConflictAlert>
          )}
          {open && (
            <PermissionEditor
              catalogue={catalogue.data ?? []}
              value={draft}
              onChange={setDraft}
              readOnly={!!blocked}
              allowBlocked={allowBlocked}
            />
          )}
        </Stack>
      </Collapse>
      <UnsavedChangesGuard when={dirty && !update.isPending} />
      {dirty && !blocked && (
        <UnsavedBar onReset={() => setDraft(base.value)} onSave={() => save(base.version)} saving={update.isPending} />
      )}
    </Paper>
  );
}
