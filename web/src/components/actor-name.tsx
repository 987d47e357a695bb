import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { shortId } from '@/lib/format';
import { useDirectoryUser } from '@/lib/live/user-directory';

/**
 * Names the member behind an audit entry or a live change, fetched with the other names on screen
 * (one request per view). A member who no longer exists reads as "Deleted member …1a2b3c".
 * `plain` names without a link, for text that is itself inside a button (an audit sentence).
 */
export function ActorName({
  userId,
  apiKeyId,
  plain = false,
}: {
  userId: string | null;
  apiKeyId?: string | null;
  plain?: boolean;
}) {
  const { t } = useTranslation();
  const user = useDirectoryUser(userId);
  if (!userId)
    return (
      <Text span size="sm">
        {apiKeyId ? t('audit.apiKey') : t('audit.system')}
      </Text>
    );
  if (user === null)
    return (
      <Text span size="sm" c="dimmed" title={userId}>
        {t('audit.deletedMember', { id: shortId(userId) })}
      </Text>
    );
  if (plain)
    return (
      <Text span size="sm" fw={600} title={userId}>
        {user?.display_name ?? shortId(userId)}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/members/${userId}`} size="sm" underline="always" title={userId}>
      {user?.display_name ?? shortId(userId)}
    </Anchor>
  );
}
