import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import {
  IconDots,
  IconList,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconRefresh,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import type { Webhook } from '../api/list-webhooks';

export type WebhookAction = 'deliveries' | 'edit' | 'test' | 'rotate' | 'toggle' | 'delete';

function HealthBadge({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation('webhooks');
  const rate = webhook.health.success_rate;
  if (!webhook.enabled)
    return (
      <Tooltip label={webhook.disabled_reason ?? t('health.disabled')} multiline w={280}>
        <Badge color="gray" variant="light">
          {t('health.disabled')}
        </Badge>
      </Tooltip>
    );
  if (rate === null) return <Badge variant="light">{t('health.noTraffic')}</Badge>;
  const color = rate >= 0.99 ? 'green' : rate >= 0.9 ? 'yellow' : 'red';
  return (
    <Badge color={color} variant="light">
      {t('health.rate', { rate: Math.round(rate * 1000) / 10 })}
    </Badge>
  );
}

export function WebhooksTable({
  webhooks,
  onAction,
}: {
  webhooks: Webhook[];
  onAction: (action: WebhookAction, webhook: Webhook) => void;
}) {
  const { t } = useTranslation('webhooks');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.url')}</Table.Th>
            <Table.Th>{t('fields.events')}</Table.Th>
            <Table.Th>{t('fields.health')}</Table.Th>
            <Table.Th>{t('fields.lastDelivery')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('fields.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td maw={320}>
                <Stack gap={0}>
                  <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                    {w.url}
                  </Text>
                  {w.description && (
                    <Text size="xs" c="dimmed">
                      {w.description}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Tooltip label={w.event_types.join(', ')} multiline w={280}>
                  <Badge variant="outline" tt="none">
                    {t('eventCount', { count: w.event_types.length })}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <HealthBadge webhook={w} />
                  {w.health.pending > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('health.pending', { count: w.health.pending })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <RelativeTime value={w.health.last_delivery_at} />
                {w.health.last_response_status !== null && (
                  <Text size="xs" c="dimmed">
                    HTTP {w.health.last_response_status}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('actionsFor', { url: w.url })}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconList size={14} />} onClick={() => onAction('deliveries', w)}>
                      {t('actions.deliveries')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onAction('edit', w)}>
                      {t('actions.edit')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconSend size={14} />}
                      disabled={!w.enabled}
                      onClick={() => onAction('test', w)}
                    >
                      {t('actions.test')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconRefresh size={14} />} onClick={() => onAction('rotate', w)}>
                      {t('actions.rotate')}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={w.enabled ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
                      onClick={() => onAction('toggle', w)}
                    >
                      {w.enabled ? t('actions.disable') : t('actions.enable')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction('delete', w)}>
                      {t('actions.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
