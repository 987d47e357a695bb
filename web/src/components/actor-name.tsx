import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUserSummary } from '@/lib/api/get-user';

/** Names the member behind an audit entry (cached per id), falling back to the id. */
export function ActorName({ userId, apiKeyId }: { userId: string | null; apiKeyId?: string | null }) {
  const { t } = useTranslation();
  const user = useUserSummary(userId);
  if (!userId)
    return (
      <Text span size="sm">
        {apiKeyId ? t('audit.apiKey') : t('audit.system')}
      </Text>
    );
  const name = user.data?.display_name ?? `${userId.slice(0, 8)}…`;
  return (
    <Anchor component={Link} to={`/members/${userId}`} size="sm" underline="always">
      {name}
    </Anchor>
  );
}
