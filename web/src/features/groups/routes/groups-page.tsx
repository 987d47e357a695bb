import { Badge, Button, Group, Loader, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useDeleteGroupRule, useGroupRules, usePauseGroupRule, type GroupRule } from '../api/group-rules';
import { useGroupsLive } from '../api/groups-live';
import { useRoleNames } from '../api/role-names';
import { HistoryDrawer } from '../components/history-drawer';
import { RuleEditor } from '../components/rule-editor';
import { RulesTable, type GroupRuleAction } from '../components/rules-table';

/** Dynamic groups: rules that give or take a role or tag by condition, live as the engine applies them. */
export function GroupsPage() {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const query = useGroupRules();
  const live = useGroupsLive();
  const roles = useRoleNames();
  const pause = usePauseGroupRule();
  const remove = useDeleteGroupRule();
  const [editing, setEditing] = useState<{ rule?: GroupRule; key: number }>();
  const [historyOf, setHistoryOf] = useState<string>();
  const [deleting, setDeleting] = useState<GroupRule>();
  const rules = query.data?.items ?? [];
  const roleList = roles.data ?? [];
  const roleNames = roleList.map((r) => r.name);
  const roleName = (id: string) => roleList.find((r) => r.id === id)?.name ?? id;
  const fail = (e: Error) => notifications.show({ color: 'red', message: errorMessage(e).detail });

  const act = (action: GroupRuleAction, rule: GroupRule) => {
    if (action === 'edit') setEditing({ rule, key: Date.now() });
    else if (action === 'history') setHistoryOf(rule.id);
    else if (action === 'delete') setDeleting(rule);
    else pause.mutate(rule, { onError: fail });
  };

  let body;
  if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (rules.length === 0)
    body = (
      <EmptyState icon={<IconUsersGroup size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else body = <RulesTable rules={rules} roleName={roleName} onAction={act} />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="sm">
            <Badge
              variant="dot"
              color={live === 'live' ? 'green' : live === 'connecting' ? 'yellow' : 'red'}
              data-testid="groups-live"
            >
              {t(`live.${live}`)}
            </Badge>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ key: Date.now() })}>
              {t('editor.createTitle')}
            </Button>
          </Group>
        }
      />
      {body}
      {editing && (
        <RuleEditor
          key={editing.key}
          rule={editing.rule}
          roleNames={roleNames}
          roleName={roleName}
          onClose={() => setEditing(undefined)}
        />
      )}
      <HistoryDrawer rule={rules.find((r) => r.id === historyOf)} onClose={() => setHistoryOf(undefined)} />
      <Modal opened={deleting !== undefined} onClose={() => setDeleting(undefined)} title={t('delete.title')}>
        <Text mb="md">{t('delete.body', { name: deleting?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(undefined)}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(undefined), onError: fail })
            }
          >
            {t('table.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
