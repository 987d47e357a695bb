import { Alert, Group, Loader, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { RoleChip } from '@/components/role-chip';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useRoles } from '@/lib/api/list-roles';
import type { User } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useAssignUserRoles } from '../api/assign-user-roles';
import { actOnMemberReason, assignRoleReason } from '@/lib/auth/member-access';

/** Every role with a switch; roles the admin may not give or take away are shown disabled with the reason. */
export function MemberRolesTab({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const assign = useAssignUserRoles();

  if (roles.isPending || !access) return <Loader aria-label={t('loading')} />;
  if (roles.isError) return <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;

  const names = (catalogue.data ?? []).map((p) => p.name);
  const held = new Set(member.roles.map((r) => r.id));
  const memberBlocked = actOnMemberReason(access, member);

  const toggle = (roleId: string, name: string, on: boolean) =>
    assign.mutate(
      { id: member.id, add: on ? [roleId] : [], remove: on ? [] : [roleId] },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: on ? t('roles.added', { role: name }) : t('roles.removed', { role: name }),
          }),
        onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
      },
    );

  return (
    <Stack gap="xs" maw={720}>
      <Text size="sm" c="dimmed">
        {t('roles.help', { rank: access.me.rank })}
      </Text>
      {memberBlocked && (
        <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
          {memberBlocked}
        </Alert>
      )}
      {roles.data.map((role) => {
        const reason = memberBlocked ?? assignRoleReason(access, role, names);
        const checked = held.has(role.id);
        const pending =
          assign.isPending && assign.variables.add?.concat(assign.variables.remove ?? []).includes(role.id);
        return (
          <Paper key={role.id} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <RoleChip name={role.name} color={role.color} />
                  <Text size="xs" c="dimmed">
                    {t('roles.priority', { priority: role.priority })}
                  </Text>
                </Group>
                {role.description && (
                  <Text size="sm" c="dimmed">
                    {role.description}
                  </Text>
                )}
                {reason && (
                  <Text size="xs" c="dimmed" data-testid="role-disabled-reason">
                    <IconLock size={12} aria-hidden /> {reason}
                  </Text>
                )}
              </Stack>
              <Switch
                checked={checked}
                disabled={!!reason || pending}
                onChange={(e) => toggle(role.id, role.name, e.currentTarget.checked)}
                aria-label={t('roles.toggle', { role: role.name })}
                aria-describedby={undefined}
                size="md"
              />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
