import { ActionIcon, Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLock, IconSearch, IconUserMinus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { roleNameProps, topRoleColor } from '@/components/role-name';
import { UserAvatar } from '@/components/user-avatar';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import type { Role, User } from '@/lib/api/types';
import { actOnMemberReason, assignRoleReason } from '@/lib/auth/member-access';
import { useAccess } from '@/lib/auth/use-access';
import { formatNumber } from '@/lib/format';
import { useRoleMembers } from '../api/list-role-members';
import { useSetRoleMember } from '../api/set-role-member';
import { MemberPicker } from './member-picker';
import classes from './role-members.module.css';

/**
 * Logto's "Role → Users" and Discord's "Manage members": who holds this role, searchable and paged,
 * with a picker to give it and a button to take it away. Each change goes through the member's own
 * role assignment, so the server checks permission and hierarchy and audits it per member.
 */
export function RoleMembers({ role }: { role: Role }) {
  const { t, i18n } = useTranslation('roles');
  const access = useAccess();
  const catalogue = usePermissionCatalogue();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const members = useRoleMembers(role.id, q);
  const change = useSetRoleMember();
  const language = i18n.resolvedLanguage ?? 'en';

  if (!access || catalogue.isPending) return <Loader aria-label={t('loading')} />;
  const roleBlocked = assignRoleReason(
    access,
    role,
    (catalogue.data ?? []).map((p) => p.name),
  );

  const set = (user: Pick<User, 'id' | 'display_name'>, member: boolean) =>
    change.mutate(
      { roleId: role.id, userId: user.id, member },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t(member ? 'members.added' : 'members.removed', { member: user.display_name, role: role.name }),
          }),
        onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
      },
    );

  const rows = members.data?.pages.flatMap((p) => p.items) ?? [];
  const total = members.data?.pages[0]?.total;

  return (
    <Stack gap="md" maw={760}>
      <Text size="sm" c="dimmed">
        {t('members.help', { role: role.name })}
      </Text>
      {roleBlocked ? (
        <Alert color="gray" variant="light" icon={<IconLock size={16} />} data-testid="role-members-locked">
          {roleBlocked}
        </Alert>
      ) : (
        <MemberPicker
          roleId={role.id}
          disabled={change.isPending}
          onPick={(user) => set(user, true)}
          isLocked={(user) => actOnMemberReason(access, user)}
        />
      )}
      <Group justify="space-between" wrap="wrap" gap="sm">
        <TextInput
          aria-label={t('members.search')}
          placeholder={t('members.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          className={classes.search}
        />
        {total != null && (
          <Text size="sm" c="dimmed" role="status" data-testid="role-members-count">
            {t(q ? 'members.matching' : 'members.count', { count: total, formatted: formatNumber(total, language) })}
          </Text>
        )}
      </Group>
      {members.isPending ? (
        <Loader aria-label={t('loading')} />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState icon={<IconUsers size={24} />} title={q ? t('members.noMatch') : t('members.empty')}>
          {q ? t('members.noMatchBody', { q }) : t('members.emptyBody')}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <ul
            className={classes.list}
            aria-label={t('members.listLabel', { role: role.name })}
            data-testid="role-members"
          >
            {rows.map((user) => {
              const locked = roleBlocked ?? actOnMemberReason(access, user);
              const label = t('members.remove', { member: user.display_name, role: role.name });
              return (
                <li key={user.id} className={classes.row}>
                  <UserAvatar name={user.display_name} src={user.avatar_url} status={user.status} userId={user.id} />
                  <div className={classes.who}>
                    <Link to={`/members/${user.id}`} className={classes.name}>
                      <span {...roleNameProps(topRoleColor(user.roles))}>{user.display_name}</span>
                    </Link>
                    <Text size="xs" c="dimmed" truncate>
                      @{user.username}
                    </Text>
                  </div>
                  <Tooltip label={locked ?? label} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      aria-label={label}
                      aria-describedby={undefined}
                      disabled={!!locked || change.isPending}
                      onClick={() => set(user, false)}
                    >
                      <IconUserMinus size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </li>
              );
            })}
          </ul>
        </Paper>
      )}
      {members.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void members.fetchNextPage()}
          loading={members.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('members.more')}
        </Button>
      )}
    </Stack>
  );
}
