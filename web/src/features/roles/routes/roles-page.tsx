import { Button, Loader, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useRoles } from '@/lib/api/list-roles';
import type { Role } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useOpenedOnce } from '@/lib/use-opened-once';
import { useReorderRoles } from '../api/reorder-roles';
import { CreateRoleDialog } from '../components/create-role-dialog';
import { manageRoleReason } from '../components/role-access';
import { RoleList } from '../components/role-list';

export function RolesPage() {
  const { t } = useTranslation('roles');
  const access = useAccess();
  const roles = useRoles();
  const reorder = useReorderRoles();
  const [creatingHere, { open, close: closeHere }] = useDisclosure(false);
  // The command palette's "Create a role" lands here with ?new=role.
  const [params, setParams] = useSearchParams();
  const creating = creatingHere || (params.get('new') === 'role' && (access?.can('roles.manage') ?? false));
  const createMounted = useOpenedOnce(creating);
  const close = () => {
    closeHere();
    if (params.has('new')) setParams({}, { replace: true });
  };
  const lockedReason = (role: Role) => (access ? manageRoleReason(access, role) : '');
  const canManage = access?.can('roles.manage') ?? false;

  let body;
  if (roles.isPending) body = <Loader aria-label={t('loading')} />;
  else if (roles.isError) body = <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;
  else if (roles.data.length === 0)
    body = (
      <EmptyState icon={<IconShield size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else
    body = (
      <RoleList
        roles={roles.data}
        lockedReason={lockedReason}
        busy={reorder.isPending}
        onReorder={(ids) =>
          reorder.mutate(ids, {
            onSuccess: () => notifications.show({ color: 'green', message: t('reorder.saved') }),
            onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
          })
        }
      />
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={open}
            disabled={!canManage}
            title={canManage ? undefined : t('reasons.needPermission', { permission: 'roles.manage' })}
          >
            {t('create.open')}
          </Button>
        }
      />
      {access && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('list.help', { rank: access.me.rank })}
        </Text>
      )}
      {body}
      {createMounted && <CreateRoleDialog opened={creating} onClose={close} />}
    </>
  );
}
