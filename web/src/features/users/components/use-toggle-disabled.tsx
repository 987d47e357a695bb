import { Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { User } from '@/lib/api/types';
import { useSetUserDisabled } from '../api/set-user-disabled';

/** Shows how a member action ended; works after the menu or dialog that started it has closed. */
export function useReport() {
  const { t } = useTranslation('members');
  return (work: Promise<unknown>, message: string) =>
    void work
      .then(() => notifications.show({ color: 'green', message }))
      .catch((e: unknown) =>
        notifications.show({
          color: 'red',
          title: t('actions.failed'),
          message: e instanceof Error ? e.message : String(e),
        }),
      );
}

/**
 * Disable (after a dialog that asks for a reason) or enable a member: one action, one dialog,
 * wherever it is offered (the row menu, the profile header).
 */
export function useToggleDisabled(member: User) {
  const { t } = useTranslation('members');
  const setDisabled = useSetUserDisabled();
  const report = useReport();

  const toggle = () => {
    if (member.is_disabled) {
      report(
        setDisabled.mutateAsync({ id: member.id, disabled: false }),
        t('actions.enabled', { name: member.display_name }),
      );
      return;
    }
    let reason = '';
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
              reason = e.currentTarget.value;
            }}
          />
        </>
      ),
      labels: { confirm: t('actions.disable'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        report(
          setDisabled.mutateAsync({ id: member.id, disabled: true, reason }),
          t('actions.disabled', { name: member.display_name }),
        ),
    });
  };
  return { toggle, pending: setDisabled.isPending };
}
