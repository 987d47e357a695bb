import { Accordion, Alert, Badge, Button, Code, Drawer, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconReload, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { useReplay, useRetryDelivery, useSendTest } from '../api/delivery-actions';
import { useDeliveries, type Delivery } from '../api/list-deliveries';
import type { Webhook } from '../api/list-webhooks';

const statusColors: Record<string, string> = { succeeded: 'green', pending: 'yellow', failed: 'red' };

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

function DeliveryDetail({ webhook, delivery }: { webhook: Webhook; delivery: Delivery }) {
  const { t } = useTranslation('webhooks');
  const retry = useRetryDelivery();
  const headers = Object.entries(delivery.request_headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return (
    <Stack gap="xs">
      <Group gap="lg">
        <Text size="sm">{t('log.attempts', { count: delivery.attempts })}</Text>
        {delivery.duration_ms !== null && <Text size="sm">{t('log.duration', { ms: delivery.duration_ms })}</Text>}
        {delivery.next_attempt_at && delivery.status === 'pending' && (
          <Text size="sm">
            {t('log.nextRetry')} <RelativeTime value={delivery.next_attempt_at} />
          </Text>
        )}
      </Group>
      {delivery.error && (
        <Alert color="red" variant="light" p="xs">
          {delivery.error}
        </Alert>
      )}
      <Text size="xs" fw={600}>
        {t('log.request')}
      </Text>
      <Code block>{`POST ${webhook.url}\n${headers}\n\n${pretty(delivery.request_body)}`}</Code>
      <Text size="xs" fw={600}>
        {t('log.response')}
      </Text>
      <Code block>
        {delivery.response_status === null
          ? t('log.noResponse')
          : `HTTP ${delivery.response_status}\n\n${delivery.response_body ?? ''}`}
      </Code>
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconReload size={14} />}
          loading={retry.isPending}
          disabled={delivery.status === 'pending' && delivery.attempts === 0}
          onClick={() => retry.mutate({ webhookId: webhook.id, deliveryId: delivery.id })}
        >
          {t('log.retry')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The delivery log of one webhook: each request and answer, retry, replay, test. */
export function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook | undefined; onClose: () => void }) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const query = useDeliveries(webhook?.id);
  const test = useSendTest();
  const replay = useReplay();
  const [since, setSince] = useState('');
  const deliveries = query.data?.items ?? [];

  let body;
  if (!webhook) body = null;
  else if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (deliveries.length === 0)
    body = (
      <EmptyState icon={<IconSend size={24} />} title={t('log.empty')}>
        {t('log.emptyBody')}
      </EmptyState>
    );
  else
    body = (
      <Accordion variant="separated" chevronPosition="left">
        {deliveries.map((d) => (
          <Accordion.Item key={d.id} value={d.id}>
            <Accordion.Control aria-label={t('log.open', { type: d.event_type })}>
              <Group gap="sm" wrap="wrap">
                <Badge color={statusColors[d.status] ?? 'gray'} variant="light" data-testid="delivery-status">
                  {t(`log.status.${d.status as 'succeeded' | 'pending' | 'failed'}`)}
                </Badge>
                <Text size="sm" ff="monospace">
                  {d.event_type}
                </Text>
                {d.response_status !== null && (
                  <Text size="sm" data-testid="delivery-response">
                    HTTP {d.response_status}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  <RelativeTime value={d.created_at} />
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <DeliveryDetail webhook={webhook} delivery={d} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    );

  return (
    <Drawer
      opened={webhook !== undefined}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('log.title', { url: webhook?.url ?? '' })}
    >
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <Button
            leftSection={<IconSend size={16} />}
            variant="light"
            disabled={!webhook?.enabled}
            loading={test.isPending}
            onClick={() =>
              webhook &&
              test.mutate(webhook.id, {
                onSuccess: () => notifications.show({ color: 'green', message: t('log.testQueued') }),
              })
            }
          >
            {t('actions.test')}
          </Button>
          <TextInput
            type="datetime-local"
            label={t('log.replaySince')}
            value={since}
            onChange={(e) => setSince(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={!since || !webhook?.enabled}
            loading={replay.isPending}
            onClick={() =>
              webhook &&
              replay.mutate(
                { webhookId: webhook.id, since: new Date(since).toISOString() },
                {
                  onSuccess: (r) =>
                    notifications.show({ color: 'green', message: t('log.replayed', { count: r.queued }) }),
                  onError: (e) => notifications.show({ color: 'red', message: e.message }),
                },
              )
            }
          >
            {t('log.replay')}
          </Button>
        </Group>
        {body}
      </Stack>
    </Drawer>
  );
}
