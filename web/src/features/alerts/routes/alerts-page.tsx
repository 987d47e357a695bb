import { Badge, Button, Group, Loader, Modal, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useAlertsLive } from '../api/alerts-live';
import { useAlertRules, useDeleteAlertRule, useToggleAlertRule, type AlertRule } from '../api/alert-rules';
import { ChannelsPanel } from '../components/channels-panel';
import { HistoryDrawer } from '../components/history-drawer';
import { RuleEditor } from '../components/rule-editor';
import { RulesTable, type RuleAction } from '../components/rules-table';
import { SilencesPanel } from '../components/silences-panel';

export function AlertsPage() {
  const { t } = useTranslation('alerts');
  const { t: tc } = useTranslation();
  const query = useAlertRules();
  const live = useAlertsLive();
  const toggle = useToggleAlertRule();
  const remove = useDeleteAlertRule();
  const [tab, setTab] = useState<string | null>('rules');
  const [editing, setEditing] = useState<{ rule?: AlertRule; key: number }>();
  const [historyOf, setHistoryOf] = useState<string>();
  const [deleting, setDeleting] = useState<AlertRule>();
  const [silenceRule, setSilenceRule] = useState<string | null>(null);
  const rules = query.data?.items ?? [];
  const fail = (e: Error) => notifications.show({ color: 'red', message: errorMessage(e).detail });

  const act = (action: RuleAction, rule: AlertRule) => {
    if (action === 'edit') setEditing({ rule, key: Date.now() });
    else if (action === 'history') setHistoryOf(rule.id);
    else if (action === 'delete') setDeleting(rule);
    else if (action === 'silence') {
      setSilenceRule(rule.id);
      setTab('silences');
    } else toggle.mutate(rule, { onError: fail });
  };

  let rulesBody;
  if (query.isPending) rulesBody = <Loader aria-label={tc('loading')} />;
  else if (query.isError) rulesBody = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (rules.length === 0)
    rulesBody = (
      <EmptyState icon={<IconBellRinging size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else rulesBody = <RulesTable rules={rules} onAction={act} />;

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
              data-testid="alerts-live"
            >
              {t(`live.${live}`)}
            </Badge>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ key: Date.now() })}>
              {t('editor.createTitle')}
            </Button>
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="rules">{t('tabs.rules')}</Tabs.Tab>
          <Tabs.Tab value="silences">{t('tabs.silences')}</Tabs.Tab>
          <Tabs.Tab value="channels">{t('tabs.channels')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules">{rulesBody}</Tabs.Panel>
        <Tabs.Panel value="silences">
          <SilencesPanel ruleId={silenceRule} onRuleChange={setSilenceRule} />
        </Tabs.Panel>
        <Tabs.Panel value="channels">
          <ChannelsPanel />
        </Tabs.Panel>
      </Tabs>
      {editing && <RuleEditor key={editing.key} rule={editing.rule} opened onClose={() => setEditing(undefined)} />}
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
            {t('actions.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
