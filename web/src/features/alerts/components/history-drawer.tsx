import { Drawer, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import { useAlertHistory } from '../api/alert-history';
import type { AlertRule } from '../api/alert-rules';
import { StateBadge } from './state-badge';

/** Every state change of a rule, newest first, with what each condition saw. */
export function HistoryDrawer({ rule, onClose }: { rule: AlertRule | undefined; onClose: () => void }) {
  const { t } = useTranslation('alerts');
  const history = useAlertHistory(rule?.id);
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
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {items.map((tr) => (
            <Timeline.Item key={tr.id}>
              <Stack gap={4}>
                <Group gap={6}>
                  <StateBadge state={tr.from} />
                  <Text size="sm" aria-hidden>
                    →
                  </Text>
                  <StateBadge state={tr.to} />
                  {tr.silenced && <Text size="xs">{t('state.silenced')}</Text>}
                </Group>
                <Text size="xs">
                  <RelativeTime value={tr.at} />
                </Text>
                {tr.conditions.map((c, i) => (
                  <Text key={i} size="xs">
                    {t(`metrics.${c.metric}`, { defaultValue: c.metric })}
                    {c.segment ? ` [${c.segment}]` : ''}: {c.value === null ? '—' : String(c.value)} (
                    {t('history.samples', { count: c.samples })}){c.guarded ? ` · ${t('history.guarded')}` : ''}
                  </Text>
                ))}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Drawer>
  );
}
