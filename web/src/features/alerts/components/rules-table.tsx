import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
import {
  IconBellOff,
  IconDots,
  IconHistory,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import type { AlertRule } from '../api/alert-rules';
import { StateBadge } from './state-badge';
import { ScrollRegion } from '@/components/scroll-region';

export type RuleAction = 'edit' | 'history' | 'silence' | 'toggle' | 'delete';

function Summary({ rule }: { rule: AlertRule }) {
  const { t } = useTranslation('alerts');
  const parts = rule.conditions.map(
    (c) =>
      `${t(`metrics.${c.metric}`, { defaultValue: c.metric })}${c.segment ? ` [${c.segment}]` : ''} ${t(`comparator.${c.comparator}`, { defaultValue: c.comparator })} ${String(c.threshold)}`,
  );
  return <Text size="sm">{parts.join(rule.match === 'any' ? ` ${t('editor.or')} ` : ` ${t('editor.and')} `)}</Text>;
}

export function RulesTable({
  rules,
  onAction,
}: {
  rules: AlertRule[];
  onAction: (action: RuleAction, rule: AlertRule) => void;
}) {
  const { t } = useTranslation('alerts');
  return (
    <ScrollRegion label={t('tabs.rules')} minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
            <Table.Th>{t('table.conditions')}</Table.Th>
            <Table.Th>{t('table.since')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('table.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text fw={500}>{r.name}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {r.enabled ? <StateBadge state={r.state} /> : <Badge color="gray">{t('state.disabled')}</Badge>}
                  {r.silenced && (
                    <Badge color="gray" variant="outline" leftSection={<IconBellOff size={12} />}>
                      {t('state.silenced')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Summary rule={r} />
              </Table.Td>
              <Table.Td>
                <RelativeTime value={r.state_since} />
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('table.actionsFor', { name: r.name })}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onAction('edit', r)}>
                      {t('actions.edit')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconHistory size={16} />} onClick={() => onAction('history', r)}>
                      {t('actions.history')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconBellOff size={16} />} onClick={() => onAction('silence', r)}>
                      {t('actions.silence')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={r.enabled ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
                      onClick={() => onAction('toggle', r)}
                    >
                      {r.enabled ? t('actions.disable') : t('actions.enable')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => onAction('delete', r)}>
                      {t('actions.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
