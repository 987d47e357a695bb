import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { UserAvatar } from '@/components/user-avatar';
import { errorMessage } from '@/lib/error-message';
import { useDeletedMember, useRestoreUser } from '../api/restore-user';

/** A deleted member's profile: who they were, when they went, and (for those who may) the way back. */
export function DeletedMemberPanel({ id, notFound }: { id: string; notFound: ReactNode }) {
  const { t } = useTranslation('members');
  const query = useDeletedMember(id, true);
  const restore = useRestoreUser();
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <>{notFound}</>;
  const member = query.data;
  if (!member.deleted_at)
    return <ErrorState error={new Error(t('deleted.changed'))} onRetry={() => void query.refetch()} />;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group gap="md">
          <UserAvatar name={member.display_name} src={member.avatar_url} userId={member.id} size={56} />
          <div>
            <Title order={1} size="h2">
              {member.display_name}
            </Title>
            <Text size="sm" c="dimmed">
              @{member.username}
            </Text>
          </div>
        </Group>
        <Alert color="yellow" variant="light" role="status">
          {member.left_at ? t('deleted.left') : t('deleted.deleted')} <RelativeTime value={member.deleted_at} />
        </Alert>
        {member.joined_via_invite && (
          <Text size="sm">{t('profile.joinedVia', { code: member.joined_via_invite })}</Text>
        )}
        {restore.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(restore.error).detail}
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconRestore size={16} />}
            loading={restore.isPending}
            onClick={() => restore.mutate(member.id)}
          >
            {t('deleted.restore')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('deleted.restoreHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
