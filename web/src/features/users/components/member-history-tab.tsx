import { Accordion, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ActorName } from '@/components/actor-name';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { ValueDiff } from '@/components/value-diff';
import { diffRows } from '@/lib/diff';
import { auditActionLabel, payloadDiff } from '@/lib/audit-labels';
import { useAccess } from '@/lib/auth/use-access';
import { useUserHistory } from '../api/list-user-history';

const resultColor = { success: 'green', fail: 'orange', denied: 'red' } as Record<string, string>;

/** The audit entries about this member, newest first, each opening to its before/after. */
export function MemberHistoryTab({ memberId }: { memberId: string }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const allowed = access?.can('audit.read') ?? false;
  const query = useUserHistory(memberId, allowed);

  if (!allowed) return <Text size="sm">{t('reasons.needPermission', { permission: 'audit.read' })}</Text>;
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const entries = query.data.pages.flatMap((p) => p.items);
  if (entries.length === 0)
    return (
      <EmptyState icon={<IconHistory size={24} />} title={t('history.emptyTitle')}>
        {t('history.empty')}
      </EmptyState>
    );

  return (
    <Stack gap="sm" maw={900}>
      <Accordion variant="separated" chevronPosition="left" data-testid="member-history">
        {entries.map((e) => {
          const diff = payloadDiff(e.payload);
          return (
            <Accordion.Item key={e.id} value={e.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {auditActionLabel(e.action)}
                    </Text>
                    <Badge size="xs" variant="light" color={resultColor[e.result] ?? 'gray'}>
                      {t(`history.results.${e.result === 'fail' || e.result === 'denied' ? e.result : 'success'}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    <RelativeTime value={e.timestamp} />
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" mb="xs">
                  {t('history.by')} <ActorName userId={e.actor_user_id} apiKeyId={e.actor_api_key_id} />
                </Text>
                {diff ? (
                  <ValueDiff rows={diffRows(diff.before, diff.after)} />
                ) : (
                  <Text component="pre" size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                    {JSON.stringify(e.payload, null, 2)}
                  </Text>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {query.hasNextPage && (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('history.more')}
        </Button>
      )}
    </Stack>
  );
}
