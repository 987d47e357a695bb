import { ActionIcon, Badge, Code, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import type { ApiKey } from '../api/list-api-keys';

const statusColors = { active: 'green', expired: 'gray', revoked: 'red' } as Record<string, string>;

interface ApiKeysTableProps {
  keys: ApiKey[];
  onRotate: (key: ApiKey) => void;
  onRevoke: (key: ApiKey) => void;
}

export function ApiKeysTable({ keys, onRotate, onRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation('apiKeys');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.prefix')}</Table.Th>
            <Table.Th>{t('fields.scopes')}</Table.Th>
            <Table.Th>{t('fields.createdBy')}</Table.Th>
            <Table.Th>{t('fields.lastUsed')}</Table.Th>
            <Table.Th>{t('fields.expires')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('fields.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {k.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{k.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {k.scopes.slice(0, 3).map((s) => (
                    <Badge key={s} variant="light" size="sm" tt="none">
                      {s}
                    </Badge>
                  ))}
                  {k.scopes.length > 3 && (
                    <Tooltip label={k.scopes.slice(3).join(', ')}>
                      <Badge variant="outline" size="sm" tt="none">
                        +{k.scopes.length - 3}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{k.created_by_username ?? '—'}</Table.Td>
              <Table.Td>
                <RelativeTime value={k.last_used_at} />
                {k.last_used_ip && (
                  <Text size="xs" c="dimmed">
                    {k.last_used_ip}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RelativeTime value={k.expires_at} fallback={t('never')} />
              </Table.Td>
              <Table.Td>
                <Badge color={statusColors[k.status] ?? 'gray'} variant="light">
                  {t(`status.${k.status as 'active' | 'expired' | 'revoked'}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {k.status !== 'revoked' && (
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={t('actionsFor', { name: k.name })}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconRefresh size={14} />} onClick={() => onRotate(k)}>
                        {t('rotate.action')}
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onRevoke(k)}>
                        {t('revoke.action')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
