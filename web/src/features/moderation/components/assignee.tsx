import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '@/components/user-avatar';
import { shortId } from '@/lib/format';
import { useDirectoryUser } from '@/lib/live/user-directory';

/** Who works the report, with their live presence dot; "Unassigned" while it waits. */
export function Assignee({ userId }: { userId: string | null }) {
  const { t } = useTranslation('moderation');
  const user = useDirectoryUser(userId);
  if (!userId)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.unassigned')}
      </Text>
    );
  const name = user?.display_name ?? shortId(userId);
  return (
    <Group gap={6} wrap="nowrap">
      <UserAvatar name={name} src={user?.avatar_url} userId={userId} size={24} />
      <Text size="sm">{name}</Text>
    </Group>
  );
}
