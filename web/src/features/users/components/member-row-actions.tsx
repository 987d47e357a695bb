import { ActionIcon, Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconLock, IconLockOpen, IconTrash, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useMemberMenuItems } from '@/lib/member-tabs';
import { useDeleteUser } from '../api/delete-user';
import { actOnMemberReason, permissionReason } from '@/lib/auth/member-access';
import { useReport, useToggleDisabled } from './use-toggle-disabled';

/**
 * The ⋯ menu on a member row: open, copy id, disable/enable, delete (each refused with its reason).
 * The items and their hooks mount only while the menu is open, so a row stays cheap to scroll.
 */
export function MemberRowActions({ member }: { member: User }) {
  const { t } = useTranslation('members');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('actions.menu', { name: member.display_name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <MemberMenuItems member={member} />
      </Menu.Dropdown>
    </Menu>
  );
}

/** Mutations report through their promises: the menu, and this component, close before they finish. */
function MemberMenuItems({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const access = useAccess();
  const remove = useDeleteUser();

  const hierarchy = access ? actOnMemberReason(access, member) : undefined;
  const isSelf = access?.me.user.id === member.id;
  const self = isSelf ? t('reasons.self') : undefined;
  const updateBlocked = access ? (permissionReason(access, 'users.update') ?? hierarchy ?? self) : '';
  const deleteBlocked = access ? (permissionReason(access, 'users.delete') ?? hierarchy ?? self) : '';

  const contributed = useMemberMenuItems().filter((x) => !x.permission || access?.can(x.permission));
  const report = useReport();
  const { toggle: toggleDisabled } = useToggleDisabled(member);

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('actions.deleteTitle', { name: member.display_name }),
      children: <Text size="sm">{t('actions.deleteBody')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => report(remove.mutateAsync(member.id), t('actions.deleted', { name: member.display_name })),
    });

  return (
    <>
      <Menu.Item leftSection={<IconUser size={16} />} onClick={() => void navigate(`/members/${member.id}`)}>
        {t('actions.open')}
      </Menu.Item>
      <Menu.Item
        leftSection={<IconCopy size={16} />}
        onClick={() =>
          void navigator.clipboard
            .writeText(member.id)
            .then(() => notifications.show({ message: t('actions.copied') }))
            .catch(() => notifications.show({ color: 'red', message: t('actions.copyFailed') }))
        }
      >
        {t('actions.copyId')}
      </Menu.Item>
      {contributed.length > 0 && !isSelf && (
        <>
          <Menu.Divider />
          {contributed.map(({ component: Items }, i) => (
            <Items key={i} member={member} />
          ))}
        </>
      )}
      <Menu.Divider />
      <Menu.Item
        leftSection={member.is_disabled ? <IconLockOpen size={16} /> : <IconLock size={16} />}
        disabled={!!updateBlocked}
        onClick={toggleDisabled}
      >
        {member.is_disabled ? t('actions.enable') : t('actions.disable')}
        {updateBlocked && (
          <Text size="xs" c="dimmed">
            {updateBlocked}
          </Text>
        )}
      </Menu.Item>
      <Menu.Item color="red" leftSection={<IconTrash size={16} />} disabled={!!deleteBlocked} onClick={confirmDelete}>
        {t('actions.delete')}
        {deleteBlocked && (
          <Text size="xs" c="dimmed">
            {deleteBlocked}
          </Text>
        )}
      </Menu.Item>
    </>
  );
}
