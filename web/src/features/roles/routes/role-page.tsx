import { Alert, Anchor, Breadcrumbs, Button, Group, Loader, Select, Tabs, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAdjustments, IconHistory, IconKey, IconLock, IconTrash, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EditConflictAlert } from '@/components/edit-conflict-alert';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { RoleChip } from '@/components/role-chip';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useRoles } from '@/lib/api/list-roles';
import { ApiError } from '@/lib/api/problem';
import type { Permission, Role } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useRememberRecent } from '@/lib/recent-items';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useDeleteRole } from '../api/delete-role';
import { roleQueryOptions, useRole } from '../api/get-role';
import { useUpdateRole } from '../api/update-role';
import { PermissionEditor } from '@/components/permission-editor';
import { manageRoleReason } from '../components/role-access';
import { draftOf, roleChanges, type RoleDraft } from '../components/role-draft';
import { RoleMembers } from '../components/role-members';
import { RoleSettingsForm } from '../components/role-settings-form';
import { RoleVersions } from '../components/role-versions';
import { UnsavedBar } from '@/components/unsaved-bar';

const tabs = ['display', 'permissions', 'members', 'versions'] as const;

export function RolePage() {
  const { t } = useTranslation('roles');
  const { id = '' } = useParams();
  const role = useRole(id);
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  useRememberRecent(
    role.data ? { kind: 'role', id: role.data.id, label: role.data.name, to: `/roles/${id}` } : undefined,
  );

  const crumbs = (
    <Breadcrumbs mb="sm" aria-label={t('editor.breadcrumb')}>
      <Anchor component={Link} to="/roles" size="sm">
        {t('title')}
      </Anchor>
      <span aria-current="page">{role.data?.name ?? '…'}</span>
    </Breadcrumbs>
  );
  if (role.isPending || catalogue.isPending || roles.isPending)
    return (
      <>
        {crumbs}
        <Loader aria-label={t('loading')} />
      </>
    );
  const error = role.error ?? catalogue.error ?? roles.error;
  if (error || !role.data || !catalogue.data || !roles.data)
    return (
      <>
        {crumbs}
        <ErrorState error={error} onRetry={() => void role.refetch()} />
      </>
    );
  return (
    <>
      {crumbs}
      <RoleEditor key={role.data.id} role={role.data} roles={roles.data} catalogue={catalogue.data} />
    </>
  );
}

interface RoleEditorProps {
  role: Role;
  roles: Role[];
  catalogue: NonNullable<ReturnType<typeof usePermissionCatalogue>['data']>;
}

function RoleEditor({ role, roles, catalogue }: RoleEditorProps) {
  const { t } = useTranslation('roles');
  const navigate = useNavigate();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const update = useUpdateRole();
  const queryClient = useQueryClient();
  const names = catalogue.map((p) => p.name);
  const [base, setBase] = useState(() => ({ version: role.version, draft: draftOf(role, names) }));
  const [draft, setDraft] = useState<RoleDraft>(base.draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Set after a 412: the version someone else saved meanwhile. */
  const [conflict, setConflict] = useState<number>();
  const tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'display';

  const blocked = access ? manageRoleReason(access, role) : '';
  const changes = roleChanges(base.draft, draft);
  const dirty = Object.keys(changes).length > 0;
  const hasWildcards = [...role.permissions, ...role.denied_permissions].some((g) => g.endsWith('*'));

  // A new version from elsewhere (rollback, reorder) replaces the form while nothing is edited.
  const [seenVersion, setSeenVersion] = useState(role.version);
  if (seenVersion !== role.version) {
    setSeenVersion(role.version);
    if (!dirty && conflict === undefined) {
      const next = draftOf(role, names);
      setBase({ version: role.version, draft: next });
      setDraft(next);
    }
  }

  const save = (version: number, body = changes) =>
    update.mutate(
      { id: role.id, version, changes: body },
      {
        onSuccess: (saved) => {
          const next = draftOf(saved, names);
          setBase({ version: saved.version, draft: next });
          setDraft(next);
          setErrors({});
          setConflict(undefined);
          notifications.show({ color: 'green', message: t('editor.saved', { role: saved.name }) });
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (error.kind === 'precondition-failed') {
            setConflict(error.number('current_version') ?? role.version);
            void queryClient.invalidateQueries({ queryKey: roleQueryOptions(role.id).queryKey });
            return;
          }
          setErrors(error.fieldErrors);
          if (error.kind !== 'validation')
            notifications.show({ color: 'red', title: t('actions.failed'), message: error.message, autoClose: 8000 });
        },
      },
    );

  const allowBlocked = (permission: Permission) =>
    access && !access.can(permission) ? t('reasons.notHeld', { permission }) : undefined;

  const confirmDelete = () => {
    let reassign: string | null = null;
    const others = roles.filter((r) => r.id !== role.id && access?.outranks(r.priority));
    modals.openConfirmModal({
      title: t('delete.title', { role: role.name }),
      children: (
        <>
          <Text size="sm" mb="sm">
            {role.member_count > 0 ? t('delete.bodyMembers', { count: role.member_count }) : t('delete.body')}
          </Text>
          {role.member_count > 0 && (
            <Select
              label={t('delete.reassign')}
              data={others.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(v) => {
                reassign = v;
              }}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </>
      ),
      labels: { confirm: t('delete.confirm'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { id: role.id, reassign: reassign ?? undefined },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', message: t('delete.done', { role: role.name }) });
              void navigate('/roles');
            },
            onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
          },
        ),
    });
  };
  const remove = useDeleteRole();

  return (
    <>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            {t('editor.title')} <RoleChip name={base.draft.name} color={base.draft.color || null} size="md" />
          </Group>
        }
        description={t('editor.description', { priority: role.priority, count: role.member_count })}
        actions={
          !role.is_system && (
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} />}
              disabled={!!blocked}
              title={blocked}
              onClick={confirmDelete}
            >
              {t('delete.open')}
            </Button>
          )
        }
      />
      {blocked && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="md" data-testid="role-locked">
          {blocked}
        </Alert>
      )}
      {conflict !== undefined && (
        <EditConflictAlert
          title={t('editor.conflictTitle')}
          keepMineLabel={t('editor.keepMine')}
          takeTheirsLabel={t('editor.takeTheirs')}
          disabled={role.version !== conflict}
          mb="md"
          onKeepMine={() => {
            // Re-apply only what this admin changed, on top of the version now on the server.
            const latest = draftOf(role, names);
            setBase({ version: role.version, draft: latest });
            save(role.version, roleChanges(latest, draft));
          }}
          onTakeTheirs={() => {
            const latest = draftOf(role, names);
            setConflict(undefined);
            setBase({ version: role.version, draft: latest });
            setDraft(latest);
          }}
        >
          {t('editor.conflictBody', { version: conflict })}
        </EditConflictAlert>
      )}
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'display' ? { tab: v } : {}, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="display" leftSection={<IconAdjustments size={16} />}>
            {t('editor.tabs.display')}
          </Tabs.Tab>
          <Tabs.Tab value="permissions" leftSection={<IconKey size={16} />}>
            {t('editor.tabs.permissions')}
          </Tabs.Tab>
          <Tabs.Tab value="members" leftSection={<IconUsers size={16} />}>
            {t('editor.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab value="versions" leftSection={<IconHistory size={16} />}>
            {t('editor.tabs.versions')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="display">
          <RoleSettingsForm
            draft={draft}
            onChange={setDraft}
            role={role}
            roles={roles}
            readOnly={!!blocked}
            errors={errors}
          />
        </Tabs.Panel>
        <Tabs.Panel value="permissions">
          {hasWildcards && (
            <Alert color="blue" variant="light" mb="md">
              {t('permissions.wildcards', {
                grants: [...role.permissions, ...role.denied_permissions].filter((g) => g.endsWith('*')).join(', '),
              })}
            </Alert>
          )}
          {errors.permissions && (
            <Alert color="red" variant="light" mb="md" role="alert">
              {errors.permissions}
            </Alert>
          )}
          <PermissionEditor
            catalogue={catalogue}
            value={draft.permissions}
            onChange={(permissions) => setDraft({ ...draft, permissions })}
            readOnly={!!blocked}
            allowBlocked={allowBlocked}
          />
        </Tabs.Panel>
        <Tabs.Panel value="members">{tab === 'members' && <RoleMembers role={role} />}</Tabs.Panel>
        <Tabs.Panel value="versions">
          <RoleVersions role={role} blocked={blocked} />
        </Tabs.Panel>
      </Tabs>
      <UnsavedChangesGuard when={dirty && !blocked && !update.isPending} />
      {dirty && !blocked && (
        <UnsavedBar onReset={() => setDraft(base.draft)} onSave={() => save(base.version)} saving={update.isPending} />
      )}
    </>
  );
}
