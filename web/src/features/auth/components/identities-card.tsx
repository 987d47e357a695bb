import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { errorMessage } from '@/lib/error-message';
import { useMyIdentities, useUnlinkIdentity } from '../api/sso';

/** The signed-in admin's accounts at single sign-on providers, with unlink. */
export function IdentitiesCard() {
  const { t } = useTranslation('security');
  const identities = useMyIdentities();
  const unlink = useUnlinkIdentity();
  const items = identities.data ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sso.identities')}
        </Title>
        {identities.isError && <ErrorState error={identities.error} onRetry={() => void identities.refetch()} />}
        {unlink.isError && (
          <Text c="red" size="sm" role="alert">
            {errorMessage(unlink.error).detail}
          </Text>
        )}
        {items.length === 0 && !identities.isPending && <Text c="dimmed">{t('sso.none')}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sso.provider')}</Table.Th>
                  <Table.Th>{t('sso.email')}</Table.Th>
                  <Table.Th>{t('sso.lastSignIn')}</Table.Th>
                  <Table.Th>
                    <span className="gh-visually-hidden">{t('sessions.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{i.provider_name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {i.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{i.last_sign_in_at ? <RelativeTime value={i.last_sign_in_at} /> : '—'}</Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={unlink.isPending && unlink.variables === i.id}
                          onClick={() => unlink.mutate(i.id)}
                          aria-label={t('sso.unlinkOne', { name: i.provider_name })}
                        >
                          {t('sso.unlink')}
                        </Button>
                      </Group>
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
