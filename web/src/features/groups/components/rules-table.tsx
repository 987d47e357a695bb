import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconHistory, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import { ScrollRegion } from '@/components/scroll-region';
import type { GroupRule } from '../api/group-rules';

export type GroupRuleAction = 'edit' | 'history' | 'pause' | 'delete';

export function RulesTable({
  rules,
  roleName,
  onAction,
}: {
  rules: GroupRule[];
  roleName: (id: string) => string;
  onAction: (action: GroupRuleAction, rule: GroupRule) => void;
}) {
  const { t } = useTranslation('groups');
  return (
    <ScrollRegion label={t('table.label')} minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.target')}</Table.Th>
            <Table.Th>{t('table.members')}</Table.Th>
            <Table.Th>{t('table.state')}</Table.Th>
            <Table.Th>{t('table.evaluated')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('table.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-testid={`group-rule-${rule.name}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {rule.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`actions.${rule.action === 'remove' ? 'remove' : 'add'}`)}{' '}
                  {rule.role
                    ? t('table.role', { name: roleName(rule.role) })
                    : t('table.tag', { name: rule.tag ?? '' })}
                </Text>
              </Table.Td>
              <Table.Td data-testid="member-count">{rule.member_count}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {rule.paused ? (
                    <Badge color="gray">{t('state.paused')}</Badge>
                  ) : rule.blocked_reason ? (
                    <Badge color="red" title={rule.blocked_reason}>
                      {t('state.blocked')}
                    </Badge>
                  ) : (
                    <Badge color="green">{t('state.active')}</Badge>
                  )}
                  {rule.dry_run && <Badge color="yellow">{t('state.dryRun')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>{rule.last_evaluated_at ? <RelativeTime value={rule.last_evaluated_at} /> : '—'}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('table.menu', { name: rule.name })}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction('edit', rule)}>
                      {t('table.edit')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => onAction('history', rule)}>
                      {t('table.history')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={rule.paused ? <IconPlayerPlay size={14} /> : <IconPlayerPause size={14} />}
                      onClick={() => onAction('pause', rule)}
                    >
                      {rule.paused ? t('table.resume') : t('table.pause')}
                    </Menu.Item>
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => onAction('delete', rule)}
                    >
                      {t('table.delete')}
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
