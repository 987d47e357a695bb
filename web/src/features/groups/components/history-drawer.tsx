import { Badge, Drawer, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import { useGroupRuleHistory } from '../api/group-history';
import type { GroupRule } from '../api/group-rules';

/** Every member a rule gave or took its role or tag from, newest first. */
export function HistoryDrawer({ rule, onClose }: { rule: GroupRule | undefined; onClose: () => void }) {
  const { t } = useTranslation('groups');
  const history = useGroupRuleHistory(rule?.id);
  const items = history.data?.items ?? [];
  return (
    <Drawer
      opened={rule !== undefined}
      onClose={onClose}
      position="right"
      size="md"
      title={t('history.title', { name: rule?.name ?? '' })}
    >
      {history.isPending ? (
        <Loader aria-label={t('history.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {items.map((c) => (
            <Timeline.Item key={c.id}>
              <Stack gap={2}>
                <Group gap={6}>
                  <Badge color={c.change === 'added' ? 'green' : 'red'} variant="light">
                    {t(`history.${c.change === 'added' ? 'added' : 'removed'}`)}
                  </Badge>
                  <Text size="sm">{c.username}</Text>
                  {c.dry_run && <Badge color="yellow">{t('state.dryRun')}</Badge>}
                </Group>
                <Text size="xs">
                  {t(
                    `history.trigger.${c.trigger === 'schedule' ? 'schedule' : c.trigger === 'event' ? 'event' : 'saved'}`,
                  )}{' '}
                  · <RelativeTime value={c.at} />
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
