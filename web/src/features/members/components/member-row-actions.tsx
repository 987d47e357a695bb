import { ActionIcon, Menu, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconLock, IconLockOpen, IconTrash, IconUser } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { useDeleteUser } from '../api/delete-user';
import { useSetUserDisabled } from '../api/set-user-disabled';
import { actOnMemberReason, permissionReason } from './member-access';

/** The ⋯ menu on a member row: open, copy id, disable/enable, delete (each refused with its reason). */
export function MemberRowActions({ member }: { member: User }) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const access = useAccess();
  const setDisabled = useSetUserDisabled();
  const remove = useDeleteUser();
  const reason = useRef('');

  const hierarchy = access ? actOnMemberReason(access, member) : undefined;
  const updateBlocked = access ? (permissionReason(access, 'users.update') ?? hierarchy) : '';
  const deleteBlocked = access ? (permissionReason(access, 'users.delete') ?? hierarchy) : '';
  const isSelf = access?.me.user.id === member.id;

  const toggleDisabled = () => {
    if (member.is_disabled) {
      setDisabled.mutate(
        { id: member.id, disabled: false },
        {
          onSuccess: () =>
            notifications.show({ color: 'green', message: t('actions.enabled', { name: member.display_name }) }),
          onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
        },
      );
      return;
    }
    reason.current = '';
    modals.openConfirmModal({
      title: t('actions.disableTitle', { name: member.display_name }),
      children: (
        <>
          <Text size="sm" mb="sm">
            {t('actions.disableBody')}
          </Text>
          <Textarea
            label={t('actions.reason')}
            autosize
            minRows={2}
            onChange={(e) => {
              reason.current = e.currentTarget.value;
            }}
          />
        </>
      ),
      labels: { confirm: t('actions.disable'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        setDisabled.mutate(
          { id: member.id, disabled: true, reason: reason.current },
          {
            onSuccess: () =>
              notifications.show({ color: 'green', message: t('actions.disabled', { name: member.display_name }) }),
            onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
          },
        ),
    });
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('actions.deleteTitle', { name: member.display_name }),
      children: <Text size="sm">{t('actions.deleteBody')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(member.id, {
          onSuccess: () =>
            notifications.show({ color: 'green', message: t('actions.deleted', { name: member.display_name }) }),
          onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
        }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('actions.menu', { name: member.display_name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
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
        <Menu.Divider />
        <Menu.Item
          leftSection={member.is_disabled ? <IconLockOpen size={16} /> : <IconLock size={16} />}
          disabled={!!updateBlocked || isSelf}
          title={isSelf ? t('reasons.self') : updateBlocked}
          onClick={toggleDisabled}
        >
          {member.is_disabled ? t('actions.enable') : t('actions.disable')}
          {(updateBlocked || isSelf) && (
            <Text size="xs" c="dimmed">
              {isSelf ? t('reasons.self') : updateBlocked}
            </Text>
          )}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} />}
          disabled={!!deleteBlocked || isSelf}
          onClick={confirmDelete}
        >
          {t('actions.delete')}
          {(deleteBlocked || isSelf) && (
            <Text size="xs" c="dimmed">
              {isSelf ? t('reasons.self') : deleteBlocked}
            </Text>
          )}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
