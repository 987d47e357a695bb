import { ActionIcon, Alert, Button, Code, CopyButton, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteKeyAction, useSiteKeys } from '../api/site-keys';
import { ScrollRegion } from '@/components/scroll-region';

/**
 * Public site keys for the SDK's anonymous events (POST /analytics/events only). They are public by
 * design, so they stay visible here; rotating replaces one at once.
 */
export function SiteKeysPanel() {
  const { t } = useTranslation('analytics');
  const query = useSiteKeys(true);
  const action = useSiteKeyAction();
  const [name, setName] = useState('');
  const keys = query.data?.items ?? [];
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('siteKeys.help')}
      </Text>
      {action.error && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {action.error.message}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          action.mutate({ create: name.trim() }, { onSuccess: () => setName('') });
        }}
      >
        <Group align="end" mb="sm" wrap="wrap">
          <TextInput
            label={t('siteKeys.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
          />
          <Button type="submit" disabled={name.trim() === ''} loading={action.isPending}>
            {t('siteKeys.create')}
          </Button>
        </Group>
      </form>
      {keys.length === 0 ? (
        <Text size="sm">{t('siteKeys.empty')}</Text>
      ) : (
        <ScrollRegion label={t('siteKeys.title')} minWidth={480}>
          <Table data-testid="site-keys">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('siteKeys.name')}</Table.Th>
                <Table.Th>{t('siteKeys.key')}</Table.Th>
                <Table.Th>{t('siteKeys.budget')}</Table.Th>
                <Table.Th>
                  <span className="gh-visually-hidden">{t('siteKeys.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Code>{k.key}</Code>
                      <CopyButton value={k.key}>
                        {({ copied, copy }) => (
                          <ActionIcon variant="subtle" onClick={copy} aria-label={t('siteKeys.copy', { name: k.name })}>
                            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                          </ActionIcon>
                        )}
                      </CopyButton>
                    </Group>
                  </Table.Td>
                  <Table.Td>{t('siteKeys.perMinute', { count: k.events_per_minute })}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="end">
                      <Tooltip label={t('siteKeys.rotate')}>
                        <ActionIcon
                          variant="subtle"
                          onClick={() => action.mutate({ rotate: k.id })}
                          aria-label={t('siteKeys.rotateNamed', { name: k.name })}
                        >
                          <IconRefresh size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('siteKeys.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            window.confirm(t('siteKeys.confirmDelete', { name: k.name })) &&
                            action.mutate({ remove: k.id })
                          }
                          aria-label={t('siteKeys.deleteNamed', { name: k.name })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </>
  );
}
