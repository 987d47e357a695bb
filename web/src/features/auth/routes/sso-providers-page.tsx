import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import {
  asInput,
  type SsoProvider,
  useDeleteSsoProvider,
  useSaveSsoProvider,
  useSsoProviders,
} from '../api/manage-sso-providers';
import { SsoProviderForm } from '../components/sso-provider-form';

/** Administrators add, change, turn off and remove the OpenID Connect providers members may sign in with. */
export function SsoProvidersPage() {
  const { t } = useTranslation('security');
  const providers = useSsoProviders();
  const save = useSaveSsoProvider();
  const remove = useDeleteSsoProvider();
  const [editing, setEditing] = useState<SsoProvider | 'new'>();
  const items = providers.data ?? [];
  const failure = save.error ?? remove.error;

  const confirmDelete = (p: SsoProvider) =>
    modals.openConfirmModal({
      title: t('ssoAdmin.deleteTitle', { name: p.display_name }),
      children: <Text size="sm">{t('ssoAdmin.deleteExplain')}</Text>,
      labels: { confirm: t('ssoAdmin.delete'), cancel: t('ssoAdmin.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(p.id),
    });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('ssoAdmin.title')}
        description={t('ssoAdmin.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('ssoAdmin.add')}
          </Button>
        }
      />
      {failure && (
        <Text c="red" size="sm" role="alert">
          {errorMessage(failure).detail}
        </Text>
      )}
      {providers.isError && <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />}
      {items.length === 0 && providers.isSuccess && (
        <EmptyState icon={<IconKey size={24} aria-hidden />} title={t('ssoAdmin.emptyTitle')}>
          <Text size="sm" c="dimmed">
            {t('ssoAdmin.empty')}
          </Text>
        </EmptyState>
      )}
      {items.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ssoAdmin.displayName')}</Table.Th>
                  <Table.Th>{t('ssoAdmin.issuer')}</Table.Th>
                  <Table.Th>{t('ssoAdmin.status')}</Table.Th>
                  <Table.Th>
                    <span className="gh-visually-hidden">{t('sessions.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Table.Tr key={p.id} data-testid={`sso-provider-${p.id}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {p.display_name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {p.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {p.issuer}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={p.enabled ? 'teal' : 'gray'} variant="light">
                        {p.enabled ? t('ssoAdmin.on') : t('ssoAdmin.off')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(p)}
                          aria-label={t('ssoAdmin.editOne', { name: p.display_name })}
                        >
                          {t('ssoAdmin.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          loading={save.isPending && save.variables.id === p.id}
                          onClick={() => save.mutate({ id: p.id, body: { ...asInput(p), enabled: !p.enabled } })}
                          aria-label={t(p.enabled ? 'ssoAdmin.disableOne' : 'ssoAdmin.enableOne', {
                            name: p.display_name,
                          })}
                        >
                          {p.enabled ? t('ssoAdmin.disable') : t('ssoAdmin.enable')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => confirmDelete(p)}
                          aria-label={t('ssoAdmin.deleteOne', { name: p.display_name })}
                        >
                          {t('ssoAdmin.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {editing && (
        <SsoProviderForm
          key={editing === 'new' ? 'new' : editing.id}
          provider={editing === 'new' ? undefined : editing}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
