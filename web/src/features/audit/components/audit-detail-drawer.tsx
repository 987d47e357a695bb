import { Badge, Code, Drawer, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActorName } from '@/components/actor-name';
import { ValueDiff } from '@/components/value-diff';
import { diffRows } from '@/lib/diff';
import type { AuditEntry } from '@/lib/api/types';
import { auditActionLabel, payloadDiff } from '@/lib/audit-labels';
import { formatDateTime } from '@/lib/format';
import { resultColors } from './result-colors';
import { TargetName } from './target-name';

/** One entry in full: who, what, the before/after diff, and the chain fields that seal it. */
export function AuditDetailDrawer({ entry, onClose }: { entry: AuditEntry | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation('audit');
  const diff = entry ? payloadDiff(entry.payload) : undefined;
  return (
    <Drawer
      opened={!!entry}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry ? `${auditActionLabel(entry.action)} · #${entry.seq}` : ''}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {entry && (
        <Stack gap="md" data-testid="audit-detail">
          <Table withTableBorder>
            <Table.Tbody>
              <Row label={t('detail.time')}>{formatDateTime(entry.timestamp, i18n.resolvedLanguage ?? 'en')}</Row>
              <Row label={t('detail.action')}>
                <Code>{entry.action}</Code>
              </Row>
              <Row label={t('detail.result')}>
                <Badge variant="light" color={resultColors[entry.result] ?? 'gray'}>
                  {t(`results.${entry.result}` as 'results.success', { defaultValue: entry.result })}
                </Badge>
              </Row>
              <Row label={t('detail.actor')}>
                <ActorName userId={entry.actor_user_id} apiKeyId={entry.actor_api_key_id} />
              </Row>
              <Row label={t('detail.target')}>
                <TargetName entry={entry} /> {entry.target_id && <Code>{entry.target_id}</Code>}
              </Row>
              <Row label={t('detail.ip')}>{entry.ip ?? '—'}</Row>
              <Row label={t('detail.userAgent')}>
                <Text size="xs">{entry.user_agent ?? '—'}</Text>
              </Row>
              <Row label={t('detail.requestId')}>
                <Code>{entry.request_id ?? '—'}</Code>
              </Row>
            </Table.Tbody>
          </Table>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('detail.changes')}
            </Title>
            {entry.erased ? (
              <Text size="sm" data-testid="audit-erased-detail">
                {t('erased.detail')}
              </Text>
            ) : diff ? (
              <ValueDiff rows={diffRows(diff.before, diff.after)} />
            ) : (
              <Code block>{JSON.stringify(entry.payload, null, 2)}</Code>
            )}
          </div>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('detail.seal')}
            </Title>
            <Stack gap={4}>
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" w={80} c="dimmed">
                  {t('detail.prevHash')}
                </Text>
                <Code style={{ wordBreak: 'break-all' }}>{entry.prev_hash}</Code>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" w={80} c="dimmed">
                  {t('detail.hash')}
                </Text>
                <Code style={{ wordBreak: 'break-all' }}>{entry.hash}</Code>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" w={80} c="dimmed">
                  {t('detail.signature')}
                </Text>
                <Code style={{ wordBreak: 'break-all' }}>{entry.signature}</Code>
              </Group>
            </Stack>
          </div>
        </Stack>
      )}
    </Drawer>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={140}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
