import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '@/components/secret-reveal';
import { errorMessage } from '@/lib/error-message';
import {
  useAlertChannels,
  useCreateAlertChannel,
  useDeleteAlertChannel,
  useTestAlertChannel,
} from '../api/alert-channels';

/** E-mail and webhook channels, with the "send test notification" action. */
export function ChannelsPanel() {
  const { t } = useTranslation('alerts');
  const channels = useAlertChannels().data?.items ?? [];
  const create = useCreateAlertChannel();
  const remove = useDeleteAlertChannel();
  const test = useTestAlertChannel();
  const [kind, setKind] = useState<'email' | 'webhook'>('email');
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [secret, setSecret] = useState<string>();
  const fail = (e: Error) => notifications.show({ color: 'red', message: errorMessage(e).detail });

  const add = () =>
    create.mutate(
      kind === 'email'
        ? {
            name,
            kind,
            recipients: target
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : { name, kind, url: target },
      {
        onSuccess: (created) => {
          setName('');
          setTarget('');
          if (created.secret) setSecret(created.secret);
        },
        onError: fail,
      },
    );

  const runTest = (id: string) =>
    test.mutate(id, {
      onSuccess: (r) =>
        notifications.show(
          r.delivered
            ? { color: 'green', message: t('channels.testDelivered') }
            : { color: 'red', message: t('channels.testFailed', { error: r.error ?? '' }) },
        ),
      onError: fail,
    });

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Text fw={500} id="new-channel-kind">
            {t('channels.new')}
          </Text>
          <SegmentedControl
            aria-labelledby="new-channel-kind"
            value={kind}
            onChange={(v) => setKind(v as 'email' | 'webhook')}
            data={[
              { value: 'email', label: t('channels.email') },
              { value: 'webhook', label: t('channels.webhook') },
            ]}
          />
          <Group grow align="flex-end" wrap="wrap">
            <TextInput
              label={t('channels.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              miw={180}
            />
            <TextInput
              label={kind === 'email' ? t('channels.recipients') : t('channels.url')}
              placeholder={kind === 'email' ? 'oncall@example.com' : 'https://example.com/hooks/alerts'}
              value={target}
              onChange={(e) => setTarget(e.currentTarget.value)}
              miw={220}
            />
            <Button onClick={add} loading={create.isPending} disabled={name.trim() === '' || target.trim() === ''}>
              {t('channels.add')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {channels.length === 0 ? (
        <Text c="dimmed">{t('channels.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('channels.name')}</Table.Th>
                <Table.Th>{t('channels.kind')}</Table.Th>
                <Table.Th>{t('channels.target')}</Table.Th>
                <Table.Th>
                  <span className="gh-visually-hidden">{t('table.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {channels.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.kind === 'email' ? t('channels.email') : t('channels.webhook')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-all' }}>
                      {c.kind === 'email' ? c.recipients.join(', ') : c.url}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconSend size={14} />}
                        onClick={() => runTest(c.id)}
                        loading={test.isPending && test.variables === c.id}
                      >
                        {t('channels.test')}
                      </Button>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('channels.delete', { name: c.name })}
                        onClick={() => remove.mutate(c.id, { onError: fail })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SecretReveal secret={secret} title={t('channels.secretTitle')} onClose={() => setSecret(undefined)} />
    </Stack>
  );
}
