import { Badge, Box, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCrown, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RoleChip } from '@/components/role-chip';
import { LastSeen, LivePresenceValue } from '@/components/live-presence';
import { UserAvatar } from '@/components/user-avatar';
import type { User } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { activityLabel } from '@/lib/live/describe';
import { actOnMemberReason, permissionReason } from '@/lib/auth/member-access';
import classes from './member-header.module.css';
import { useToggleDisabled } from './use-toggle-disabled';
import { roleNameProps, topRoleColor } from '@/components/role-name';

/** The top of a profile, like Discord's profile card: banner in the top role's colour, avatar, names, roles. */
export function MemberHeader({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const { t: tl } = useTranslation('live');
  const access = useAccess();
  const disable = useToggleDisabled(member);
  const top = member.roles[0];
  const roleName = roleNameProps(topRoleColor(member.roles));
  const blocked = access
    ? (permissionReason(access, 'users.update') ??
      actOnMemberReason(access, member) ??
      (access.me.user.id === member.id ? t('reasons.self') : undefined))
    : '';

  return (
    <Paper withBorder radius="md" mb="md" className={classes.card}>
      <Box className={classes.banner} style={{ background: top?.color ?? 'var(--mantine-color-blurple-7)' }} />
      <Group className={classes.body} align="flex-end" justify="space-between" wrap="wrap" gap="sm">
        <Group align="flex-end" gap="md" wrap="nowrap" className={classes.identity}>
          <div className={classes.avatar}>
            <UserAvatar
              name={member.display_name}
              src={member.avatar_url}
              status={member.status}
              userId={member.id}
              size={88}
            />
          </div>
          <Stack gap={2} className={classes.names}>
            <Group gap="xs">
              <Title
                order={1}
                size="h2"
                style={roleName.style}
                className={`${classes.title} ${roleName.className ?? ''}`}
              >
                {member.display_name}
              </Title>
              {member.is_owner && (
                <Tooltip label={t('badges.ownerHelp')}>
                  <Badge color="yellow" variant="light" leftSection={<IconCrown size={12} />}>
                    {t('badges.owner')}
                  </Badge>
                </Tooltip>
              )}
              {member.is_banned && <Badge color="red">{t('badges.banned')}</Badge>}
              {member.is_disabled && <Badge color="orange">{t('badges.disabled')}</Badge>}
            </Group>
            <LivePresenceValue userId={member.id} status={member.status} statusMessage={member.status_message}>
              {(presence, live) => (
                <Text c="dimmed" size="sm" data-testid="member-presence" data-presence={presence}>
                  @{member.username} · {t(`statuses.${presence}`)}
                  {live?.statusMessage && presence !== 'offline' ? ` · “${live.statusMessage}”` : ''}
                  {live?.activity && presence !== 'offline' ? ` · ${activityLabel(tl, live.activity)}` : ''}
                </Text>
              )}
            </LivePresenceValue>
            <Text c="dimmed" size="xs">
              {t('profile.lastSeen')}{' '}
              <LastSeen userId={member.id} status={member.status} lastSeenAt={member.last_seen_at} />
            </Text>
            {member.joined_via_invite && (
              <Text c="dimmed" size="xs" data-testid="joined-via">
                {t('profile.joinedVia', { code: member.joined_via_invite })}
              </Text>
            )}
          </Stack>
        </Group>
        <Tooltip label={blocked} disabled={!blocked} multiline w={260}>
          <span>
            <Button
              variant={member.is_disabled ? 'filled' : 'light'}
              color={member.is_disabled ? 'green' : 'red'}
              leftSection={member.is_disabled ? <IconLockOpen size={16} /> : <IconLock size={16} />}
              disabled={!!blocked}
              loading={disable.pending}
              onClick={disable.toggle}
            >
              {member.is_disabled ? t('actions.enable') : t('actions.disable')}
            </Button>
          </span>
        </Tooltip>
      </Group>
      {member.is_disabled && member.disabled_reason && (
        <Text size="sm" px="md" pb="sm" c="orange.4" className={classes.reason}>
          {t('profile.disabledReason', { reason: member.disabled_reason })}
        </Text>
      )}
      {member.roles.length > 0 && (
        <Group gap={6} px="md" pb="md" aria-label={t('fields.roles')} role="list">
          {member.roles.map((r) => (
            <span role="listitem" key={r.id}>
              <RoleChip name={r.name} color={r.color} />
            </span>
          ))}
        </Group>
      )}
    </Paper>
  );
}
