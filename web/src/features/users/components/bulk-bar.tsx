import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock, IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { useBulkAction, type BulkAction, type BulkResult } from '../api/bulk';
import { assignRoleReason, permissionReason } from './member-access';

interface BulkBarProps {
  ids: string[];
  onDone: () => void;
}

/** Actions on every selected member: give or take away a role, disable. */
export function BulkBar({ ids, onDone }: BulkBarProps) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const bulk = useBulkAction();
  const [role, setRole] = useState<string | null>(null);
  const names = (catalogue.data ?? []).map((p) => p.name);

  const options = (roles.data ?? []).map((r) => {
    const reason = access ? assignRoleReason(access, r, names) : '';
    return { value: r.id, label: reason ? `${r.name} — ${reason}` : r.name, disabled: !!reason };
  });

  const report = (result: BulkResult) => {
    if (result.failed.length === 0)
      notifications.show({ color: 'green', message: t('bulk.done', { count: result.done }) });
    else
      notifications.show({
        color: result.done > 0 ? 'yellow' : 'red',
        title: t('bulk.partial', { done: result.done, failed: result.failed.length }),
        message: result.failed[0]?.reason,
        autoClose: 8000,
      });
    onDone();
  };

  const run = (action: BulkAction) => bulk.mutate({ ids, action }, { onSuccess: report });
  const disableBlocked = access ? permissionReason(access, 'users.update') : '';

  return (
    <Paper withBorder p="xs" mb="sm" role="region" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} aria-live="polite">
          {t('bulk.selected', { count: ids.length })}
        </Text>
        <Select
          aria-label={t('bulk.role')}
          placeholder={t('bulk.rolePlaceholder')}
          data={options}
          value={role}
          onChange={setRole}
          size="xs"
          w={220}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          size="xs"
          leftSection={<IconUserPlus size={14} />}
          disabled={!role}
          loading={bulk.isPending}
          onClick={() => role && run({ kind: 'add-role', role })}
        >
          {t('bulk.addRole')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!role}
          loading={bulk.isPending}
          onClick={() => role && run({ kind: 'remove-role', role })}
        >
          {t('bulk.removeRole')}
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconLock size={14} />}
          disabled={!!disableBlocked}
          title={disableBlocked}
          loading={bulk.isPending}
          onClick={() =>
            modals.openConfirmModal({
              title: t('bulk.disableTitle', { count: ids.length }),
              children: <Text size="sm">{t('bulk.disableBody')}</Text>,
              labels: { confirm: t('actions.disable'), cancel: t('actions.cancel') },
              confirmProps: { color: 'red' },
              onConfirm: () => run({ kind: 'disable' }),
            })
          }
        >
          {t('bulk.disable')}
        </Button>
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onDone}>
          {t('bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
