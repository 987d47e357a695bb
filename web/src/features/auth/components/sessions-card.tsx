import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { useRevokeSessions, useSessions } from '../api/account-security';

/** Live sessions (device, address, started, last used) with revoke; the admin's own, or a member's with `userId`. */
export function SessionsCard({ userId }: { userId?: string }) {
  const { t } = useTranslation('security');
  const sessions = useSessions(userId);
  const revoke = useRevokeSessions(userId);
  const items = sessions.data?.items ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('sessions.title')}
          </Title>
          <Button
            variant="light"
            color="red"
            size="xs"
            disabled={items.filter((s) => !s.current).length === 0}
            loading={revoke.isPending && revoke.variables === undefined}
            onClick={() => revoke.mutate(undefined)}
          >
            {userId ? t('sessions.endAll') : t('sessions.endOthers')}
          </Button>
        </Group>
        {sessions.isError && <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {items.length === 0 && !sessions.isPending && <Text c="dimmed">{t('sessions.none')}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sessions.device')}</Table.Th>
                  <Table.Th>{t('sessions.ip')}</Table.Th>
                  <Table.Th>{t('sessions.lastUsed')}</Table.Th>
                  <Table.Th>
                    <span className="gh-visually-hidden">{t('sessions.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" lineClamp={1} title={s.device ?? undefined}>
                        {s.device ?? t('sessions.unknownDevice')}
                      </Text>
                      {s.current && (
                        <Badge size="xs" variant="light">
                          {t('sessions.current')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.ip ?? '—'}</Table.Td>
                    <Table.Td>
                      <RelativeTime value={s.last_used_at} />
                    </Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={revoke.isPending && revoke.variables === s.id}
                          onClick={() => revoke.mutate(s.id)}
                          aria-label={t('sessions.endOne', { device: s.device ?? t('sessions.unknownDevice') })}
                        >
                          {t('sessions.end')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
