import { Badge, Button, Code, Group, Loader, Paper, Stack, Text, Timeline } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconMinus, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActorName } from '@/components/actor-name';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { ValueDiff } from '@/components/value-diff';
import { useRoles } from '@/lib/api/list-roles';
import type { Role, RoleVersion } from '@/lib/api/types';
import { useRoleVersions } from '../api/list-role-versions';
import { useRollbackRole } from '../api/rollback-role';

const changes = ['created', 'updated', 'reordered', 'rolled_back'] as const;

interface RoleVersionsProps {
  role: Role;
  /** Why the admin may not roll back, or undefined. */
  blocked: string | undefined;
}

/** The role's history: what each version changed, in words, with a rollback to any earlier one. */
export function RoleVersions({ role, blocked }: RoleVersionsProps) {
  const { t } = useTranslation('roles');
  const query = useRoleVersions(role.id);
  const roles = useRoles();
  const rollback = useRollbackRole();

  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const roleName = (id: string) => roles.data?.find((r) => r.id === id)?.name ?? id.slice(0, 8);
  const current = query.data[0]?.version;

  const confirm = (v: RoleVersion) =>
    modals.openConfirmModal({
      title: t('versions.confirmTitle', { role: role.name, version: v.version }),
      children: <Text size="sm">{t('versions.confirmBody', { version: v.version, next: (current ?? 0) + 1 })}</Text>,
      labels: { confirm: t('versions.rollback'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'confirm-rollback' } as Record<string, string>,
      onConfirm: () =>
        rollback.mutate(
          { id: role.id, version: v.version },
          {
            onSuccess: () =>
              notifications.show({ color: 'green', message: t('versions.rolledBack', { version: v.version }) }),
            onError: (e) => notifications.show({ color: 'red', title: t('actions.failed'), message: e.message }),
          },
        ),
    });

  return (
    <Timeline bulletSize={22} lineWidth={2} active={0} data-testid="role-versions">
      {query.data.map((v) => {
        const change = (changes as readonly string[]).includes(v.change)
          ? (v.change as (typeof changes)[number])
          : 'updated';
        const fields = Object.entries(v.diff?.fields ?? {}).map(([field, pair]) => ({
          field: t(`fieldNames.${field}` as 'fieldNames.name', { defaultValue: field }),
          before: pair[0],
          after: pair[1],
        }));
        return (
          <Timeline.Item
            key={v.version}
            title={
              <Group gap="xs" wrap="wrap">
                <Text fw={700} size="sm">
                  {t('versions.version', { version: v.version })}
                </Text>
                <Badge size="sm" variant="light">
                  {t(`versions.changes.${change}`)}
                </Badge>
                {v.version === current && (
                  <Badge size="sm" color="green" variant="outline">
                    {t('versions.current')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="xs" c="dimmed" mb={6}>
              <RelativeTime value={v.created_at} /> · {t('versions.by')} <ActorName userId={v.actor_user_id} />
            </Text>
            <Stack gap="xs" mb="sm">
              {fields.length > 0 && <ValueDiff rows={fields} />}
              <ListChange label={t('versions.allowed')} change={v.diff?.permissions} />
              <ListChange label={t('versions.denied')} change={v.diff?.denied_permissions} />
              <ListChange label={t('versions.inherits')} change={v.diff?.inherits} map={roleName} />
              {!v.diff && (
                <Text size="sm" c="dimmed">
                  {t('versions.initial', {
                    allowed: v.snapshot.allow.length,
                    denied: v.snapshot.deny.length,
                  })}
                </Text>
              )}
              {v.diff &&
                fields.length === 0 &&
                !v.diff.permissions &&
                !v.diff.denied_permissions &&
                !v.diff.inherits && (
                  <Text size="sm" c="dimmed">
                    {t('versions.noChange')}
                  </Text>
                )}
            </Stack>
            {v.version !== current && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowBackUp size={14} />}
                disabled={!!blocked}
                title={blocked}
                onClick={() => confirm(v)}
                loading={rollback.isPending && rollback.variables.version === v.version}
                aria-label={t('versions.rollbackTo', { version: v.version })}
              >
                {t('versions.rollback')}
              </Button>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

interface ListChangeProps {
  label: string;
  change: { added: string[]; removed: string[] } | null | undefined;
  map?: (value: string) => string;
}

function ListChange({ label, change, map = (v) => v }: ListChangeProps) {
  const { t } = useTranslation('roles');
  if (!change) return null;
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {label}
      </Text>
      <Group gap={6}>
        {change.added.map((p) => (
          <Badge key={`+${p}`} color="green" variant="light" leftSection={<IconPlus size={10} aria-hidden />} tt="none">
            <span className="gh-visually-hidden">{t('versions.addedItem')} </span>
            <Code bg="transparent">{map(p)}</Code>
          </Badge>
        ))}
        {change.removed.map((p) => (
          <Badge key={`-${p}`} color="red" variant="light" leftSection={<IconMinus size={10} aria-hidden />} tt="none">
            <span className="gh-visually-hidden">{t('versions.removedItem')} </span>
            <Code bg="transparent">{map(p)}</Code>
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
