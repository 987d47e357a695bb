import { Anchor, Badge, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconBroadcast } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActorName } from '@/components/actor-name';
import { RelativeTime } from '@/components/relative-time';
import { StaleBadge, StaleLiveData } from '@/components/stale-live-data';
import { UserAvatar } from '@/components/user-avatar';
import { useDirectoryUser } from '@/lib/live/user-directory';
import { formatNumber } from '@/lib/format';
import { activityLabel } from '@/lib/live/describe';
import type { PresenceChange } from '@/lib/live/presence-store';
import { isShownOnline, useOnlinePresences, usePresenceFeed } from '@/lib/live/use-live';

/** The dashboard's live part: how many are online now, and the latest presence changes as they happen. */
export function LivePresenceCards() {
  const { t, i18n } = useTranslation('live');
  const language = i18n.resolvedLanguage ?? 'en';
  const { synced, online } = useOnlinePresences();
  const feed = usePresenceFeed();

  return (
    <Grid mb="md" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Card withBorder padding="lg" component="section" aria-labelledby="online-now">
          <Group gap="md" wrap="nowrap">
            <Badge size="xl" circle variant="light" color="green" h={44} w={44} aria-hidden>
              <IconBroadcast size={22} />
            </Badge>
            <div>
              <Text size="sm" c="dimmed" id="online-now">
                {t('stats.onlineNow')}
              </Text>
              {synced ? (
                <StaleLiveData>
                  <Text fz={28} fw={700} lh={1.1} data-testid="online-now-count">
                    {formatNumber(online.length, language)}
                  </Text>
                </StaleLiveData>
              ) : (
                <Loader size="sm" aria-label={t('stats.connecting')} />
              )}
              <StaleBadge />
              <Anchor component={Link} to="/online" size="sm" display="block">
                {t('feed.link')}
              </Anchor>
            </div>
          </Group>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card withBorder padding="lg" component="section" aria-labelledby="presence-feed">
          <Title order={2} size="h4" id="presence-feed">
            {t('feed.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('feed.description')}
          </Text>
          {feed.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('feed.empty')}
            </Text>
          )}
          <Stack
            gap={6}
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-live="polite"
            aria-relevant="additions"
            data-testid="presence-feed"
          >
            {feed.map((change) => (
              <FeedRow key={change.id} change={change} />
            ))}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function FeedRow({ change }: { change: PresenceChange }) {
  const { t } = useTranslation('live');
  const user = useDirectoryUser(change.user_id);
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs" data-testid="presence-feed-item">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <UserAvatar name={user?.display_name ?? '?'} src={user?.avatar_url} status={change.update.status} size={24} />
        <Text size="sm" truncate>
          <ActorName userId={change.user_id} /> {describeChange(t, change)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
        <RelativeTime value={new Date(change.at).toISOString()} />
      </Text>
    </Group>
  );
}

const wentKeys = {
  online: 'feed.wentOnline',
  idle: 'feed.wentIdle',
  dnd: 'feed.wentDnd',
  offline: 'feed.wentOffline',
} as const;

/** "went idle", "is now Do not disturb “In a meeting”", "started Playing Chess"… */
function describeChange(t: TFunction<'live'>, change: PresenceChange): string {
  const { update, previous } = change;
  if (change.kind === 'activity') {
    if (update.activity) return t('feed.startedActivity', { activity: activityLabel(t, update.activity) });
    return previous?.activity ? t('feed.stoppedActivity', { activity: activityLabel(t, previous.activity) }) : '';
  }
  if (change.kind === 'message')
    return update.status_message ? t('feed.message', { message: update.status_message }) : t('feed.clearedMessage');
  const shown = isShownOnline(update) ? (update.status as 'online' | 'idle' | 'dnd') : 'offline';
  const parts = [t(wentKeys[shown])];
  if (shown !== 'offline' && update.status_message)
    parts.push(t('feed.withMessage', { message: update.status_message }));
  if (shown !== 'offline' && update.activity) parts.push(`· ${activityLabel(t, update.activity)}`);
  return parts.join(' ');
}
