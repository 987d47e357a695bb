import { Button, Group, Paper, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconLock, IconLockOpen, IconTag, IconTrash, IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { usePermissionCatalogue } from '@/lib/api/list-permissions';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { formatNumber } from '@/lib/format';
import { useUserBatch, type BatchAction, type BatchTarget } from '../api/apply-user-batch';
import { useBulkAction, type BulkAction, type BulkResult } from '../api/bulk';
import type { MemberFilters } from '../api/list-users';
import { BatchSummary } from './batch-summary';
import { assignRoleReason, permissionReason } from '@/lib/auth/member-access';

interface BulkBarProps {
  ids: string[];
  /** Set when every member matching the filters is selected, not only the rows loaded so far. */
  allMatches?: { filters: MemberFilters; total: number };
  /** Offered when every loaded row is ticked and more members match. */
  onSelectAllMatches?: () => void;
  matchTotal?: number;
  onDone: () => void;
}

const TAG = /^[A-Za-z0-9_-]{1,32}$/;

/** Actions on the selected members: roles one by one; disable, enable, delete and tags as one server batch. */
export function BulkBar({ ids, allMatches, onSelectAllMatches, matchTotal, onDone }: BulkBarProps) {
  const { t, i18n } = useTranslation('members');
  const access = useAccess();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const bulk = useBulkAction();
  const batch = useUserBatch();
  const [role, setRole] = useState<string | null>(null);
  const [tag, setTag] = useState('');
  const [running, setRunning] = useState<{ action: BatchAction; count: number } | null>(null);
  const names = (catalogue.data ?? []).map((p) => p.name);
  const n = (value: number) => formatNumber(value, i18n.resolvedLanguage ?? 'en');
  const count = allMatches ? allMatches.total : ids.length;
  const target: BatchTarget = allMatches ? { match: allMatches.filters } : { ids };

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
  const runRoles = (action: BulkAction) => bulk.mutate({ ids, action }, { onSuccess: report });
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) });

  /** Asks the server what the batch would do, shows it, and runs it once confirmed. */
  const start = async (action: BatchAction) => {
    const withTag = action === 'add_tag' || action === 'remove_tag' ? tag.trim() : undefined;
    let summary;
    try {
      summary = await batch.mutateAsync({ action, target, tag: withTag, dryRun: true });
    } catch (error) {
      failed(error);
      return;
    }
    let reason = '';
    const blocked = summary.refused.length > 0 || summary.changed === 0;
    modals.openConfirmModal({
      title: t(`batch.title.${action}`, { count: summary.changed, formatted: n(summary.changed), tag: withTag }),
      children: (
        <Stack gap="sm">
          <BatchSummary summary={summary} />
          {action === 'disable' && (
            <TextInput
              label={t('batch.reason')}
              maxLength={500}
              data-autofocus
              onChange={(e) => (reason = e.currentTarget.value)}
            />
          )}
        </Stack>
      ),
      labels: { confirm: t(`batch.confirm.${action}`), cancel: t('actions.cancel') },
      confirmProps: { color: action === 'enable' || action === 'add_tag' ? undefined : 'red', disabled: blocked },
      onConfirm: () => {
        setRunning({ action, count: summary.changed });
        batch.mutate(
          { action, target, tag: withTag, reason: reason.trim() || undefined },
          {
            onSuccess: (result) => {
              onDone();
              notifications.show({
                color: 'green',
                message: t('batch.done', { count: result.changed, formatted: n(result.changed) }),
              });
            },
            onError: failed,
            onSettled: () => setRunning(null),
          },
        );
      },
    });
  };

  const updateBlocked = access ? permissionReason(access, 'users.update') : '';
  const deleteBlocked = access ? permissionReason(access, 'users.delete') || updateBlocked : '';
  const tagValid = TAG.test(tag.trim());
  const busy = batch.isPending || bulk.isPending;

  return (
    <Paper withBorder p="xs" mb="sm" role="region" aria-label={t('bulk.label')} data-testid="bulk-bar">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite" data-testid="bulk-count">
            {allMatches
              ? t('batch.allSelected', { count, formatted: n(count) })
              : t('bulk.selected', { count: ids.length })}
          </Text>
          {!allMatches && onSelectAllMatches && matchTotal !== undefined && matchTotal > ids.length && (
            <Button size="xs" variant="subtle" onClick={onSelectAllMatches}>
              {t('batch.selectAll', { count: matchTotal, formatted: n(matchTotal) })}
            </Button>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          {!allMatches && (
            <>
              <Select
                aria-label={t('bulk.role')}
                placeholder={t('bulk.rolePlaceholder')}
                data={options}
                value={role}
                onChange={setRole}
                size="xs"
                w={200}
                comboboxProps={{ withinPortal: true }}
              />
              <Button
                size="xs"
                leftSection={<IconUserPlus size={14} />}
                disabled={!role || busy}
                onClick={() => role && runRoles({ kind: 'add-role', role })}
              >
                {t('bulk.addRole')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!role || busy}
                onClick={() => role && runRoles({ kind: 'remove-role', role })}
              >
                {t('bulk.removeRole')}
              </Button>
            </>
          )}
          <TextInput
            aria-label={t('batch.tag')}
            placeholder={t('batch.tagPlaceholder')}
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
            size="xs"
            w={140}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconTag size={14} />}
            disabled={!tagValid || !!updateBlocked || busy}
            onClick={() => void start('add_tag')}
          >
            {t('batch.addTag')}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!tagValid || !!updateBlocked || busy}
            onClick={() => void start('remove_tag')}
          >
            {t('batch.removeTag')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconLockOpen size={14} />}
            disabled={!!updateBlocked || busy}
            title={updateBlocked}
            onClick={() => void start('enable')}
          >
            {t('batch.enable')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconLock size={14} />}
            disabled={!!updateBlocked || busy}
            title={updateBlocked}
            onClick={() => void start('disable')}
          >
            {t('bulk.disable')}
          </Button>
          <Button
            size="xs"
            color="red"
            variant="light"
            leftSection={<IconTrash size={14} />}
            disabled={!!deleteBlocked || busy}
            title={deleteBlocked}
            onClick={() => void start('delete')}
          >
            {t('batch.delete')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onDone}>
            {t('bulk.clear')}
          </Button>
        </Group>
        {running && (
          <Stack gap={2}>
            <Text size="xs" aria-live="polite">
              {t(`batch.running.${running.action}`, { count: running.count, formatted: n(running.count) })}
            </Text>
            <Progress
              value={100}
              striped
              animated
              aria-label={t(`batch.running.${running.action}`, { count: running.count, formatted: n(running.count) })}
              data-testid="batch-progress"
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
