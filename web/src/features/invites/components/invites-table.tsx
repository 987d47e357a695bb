import { ActionIcon, Badge, Code, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import type { Invite } from '../api/list-invites';
import { CopyLinkButton } from './copy-link-button';

const stateColors: Record<string, string> = { active: 'green', expired: 'gray', used_up: 'gray', revoked: 'red' };
type State = 'active' | 'expired' | 'used_up' | 'revoked';

interface InvitesTableProps {
  invites: Invite[];
  onShowUses: (invite: Invite) => void;
  onRevoke: (invite: Invite) => void;
}

export function InvitesTable({ invites, onShowUses, onRevoke }: InvitesTableProps) {
  const { t } = useTranslation('invites');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.code')}</Table.Th>
            <Table.Th>{t('fields.roles')}</Table.Th>
            <Table.Th>{t('fields.uses')}</Table.Th>
            <Table.Th>{t('fields.expires')}</Table.Th>
            <Table.Th>{t('fields.createdBy')}</Table.Th>
            <Table.Th>{t('fields.state')}</Table.Th>
            <Table.Th>
              <span className="gh-visually-hidden">{t('fields.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invites.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Code>{i.code}</Code>
                  {i.state === 'active' && <CopyLinkButton code={i.code} />}
                </Group>
                {i.note && (
                  <Text size="xs" c="dimmed">
                    {i.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {i.roles.map((r) => (
                    <Badge key={r.id} variant="light" size="sm" tt="none">
                      {r.name}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {i.max_uses == null ? t('usesOf.unlimited', { uses: i.uses }) : `${i.uses} / ${i.max_uses}`}
              </Table.Td>
              <Table.Td>
                <RelativeTime value={i.expires_at} fallback={t('never')} />
              </Table.Td>
              <Table.Td>{i.created_by ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={stateColors[i.state] ?? 'gray'} variant="light">
                  {t(`state.${i.state as State}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('actionsFor', { code: i.code })}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconUsers size={14} />} onClick={() => onShowUses(i)}>
                      {t('uses.action')}
                    </Menu.Item>
                    {i.state !== 'revoked' && (
                      <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onRevoke(i)}>
                        {t('revoke.action')}
                      </Menu.Item>
                    )}
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
