import { Alert, Button, Code, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useInvites, type Invite } from '../api/list-invites';
import { useRevokeInvite } from '../api/revoke-invite';
import { CopyLinkButton } from '../components/copy-link-button';
import { CreateInviteDialog } from '../components/create-invite-dialog';
import { inviteLink } from '../components/invite-link';
import { InviteUsesDialog } from '../components/invite-uses-dialog';
import { InvitesTable } from '../components/invites-table';

export function InvitesPage() {
  const { t } = useTranslation('invites');
  const { t: tc } = useTranslation();
  const query = useInvites();
  const revoke = useRevokeInvite();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Invite>();
  const [showingUses, setShowingUses] = useState<Invite>();
  const [revoking, setRevoking] = useState<Invite>();
  const invites = query.data?.items ?? [];

  let body;
  if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (invites.length === 0)
    body = (
      <EmptyState icon={<IconTicket size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else body = <InvitesTable invites={invites} onShowUses={setShowingUses} onRevoke={setRevoking} />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('create.action')}
          </Button>
        }
      />
      {body}
      <CreateInviteDialog opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <InviteUsesDialog invite={showingUses} onClose={() => setShowingUses(undefined)} />
      <Modal opened={created !== undefined} onClose={() => setCreated(undefined)} title={t('created.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('created.body')}</Text>
          <Group gap={4} wrap="nowrap">
            <Code block style={{ wordBreak: 'break-all', flex: 1 }} data-testid="invite-link">
              {created ? inviteLink(created.code) : ''}
            </Code>
            {created && <CopyLinkButton code={created.code} />}
          </Group>
          <Group justify="flex-end">
            <Button onClick={() => setCreated(undefined)}>{t('created.done')}</Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={revoking !== undefined} onClose={() => setRevoking(undefined)} title={t('revoke.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('revoke.body', { code: revoking?.code ?? '' })}</Text>
          {revoke.error && (
            <Alert color="red" variant="light" role="alert">
              {revoke.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(undefined)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoking &&
                revoke.mutate(revoking.code, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('revoke.done', { code: revoking.code }) });
                    setRevoking(undefined);
                  },
                })
              }
            >
              {t('revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
