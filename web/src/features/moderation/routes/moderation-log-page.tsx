import { Badge, Button, Group, Loader, Menu, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { ActorName } from '@/components/actor-name';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useExportModerationLog, useModerationLog, type LogFilters } from '../api/moderation-log';
import { ModerationTabs } from '../components/moderation-tabs';

type Kind = 'warn' | 'mute' | 'kick' | 'ban';
type EndState = 'lifted' | 'expired' | 'replaced';
const kinds: readonly Kind[] = ['warn', 'mute', 'kick', 'ban'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every sanction, lift and expiry, newest first, with filters and a server-streamed CSV/JSON export. */
export function ModerationLogPage() {
  const { t, i18n } = useTranslation('moderation');
  const [filters, setFilters] = useState<LogFilters>({});
  const [member, setMember] = useState('');
  const query = useModerationLog(filters);
  const exporter = useExportModerationLog();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const memberInvalid = member !== '' && !uuid.test(member.trim());

  const runExport = (format: 'csv' | 'json') =>
    exporter.mutate(
      { filters, format },
      { onError: (e) => notifications.show({ color: 'red', title: t('log.exportFailed'), message: e.message }) },
    );

  let body;
  if (query.isPending) body = <Loader aria-label={t('log.loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0) body = <EmptyState icon={<IconGavel size={24} />} title={t('log.empty')} />;
  else
    body = (
      <>
        <ScrollRegion label={t('log.title')} minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.when')}</Table.Th>
                <Table.Th>{t('history.kind')}</Table.Th>
                <Table.Th>{t('log.member')}</Table.Th>
                <Table.Th>{t('log.moderator')}</Table.Th>
                <Table.Th>{t('history.reason')}</Table.Th>
                <Table.Th>{t('history.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-testid="log-row" data-kind={s.kind}>
                  <Table.Td>
                    <Text size="sm">{new Date(s.created_at).toLocaleString(i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.kind === 'ban' ? 'red' : s.kind === 'mute' ? 'orange' : 'gray'}>
                      {t(`kinds.${s.kind as Kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ActorName userId={s.user_id} />
                  </Table.Td>
                  <Table.Td>
                    <ActorName userId={s.moderator_id} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.reason}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {s.active
                        ? s.expires_at
                          ? t('log.until', { when: new Date(s.expires_at).toLocaleString(i18n.language) })
                          : t('state.active')
                        : s.end_reason
                          ? t(`state.${s.end_reason as EndState}`)
                          : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        {query.hasNextPage && (
          <Group justify="center" mt="sm">
            <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
              {t('log.more')}
            </Button>
          </Group>
        )}
      </>
    );

  return (
    <>
      <PageHeader
        title={t('log.title')}
        actions={
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />} loading={exporter.isPending}>
                {t('log.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => runExport('csv')}>CSV</Menu.Item>
              <Menu.Item onClick={() => runExport('json')}>JSON</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        }
      />
      <ModerationTabs current="/moderation-log" />
      <Group mb="md" align="end" wrap="wrap">
        <Select
          label={t('history.kind')}
          placeholder={t('log.anyKind')}
          clearable
          value={filters.kind ?? null}
          onChange={(v) => setFilters((f) => ({ ...f, kind: v ?? undefined }))}
          data={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          w={160}
        />
        <Select
          label={t('history.state')}
          placeholder={t('log.anyState')}
          clearable
          value={filters.active ?? null}
          onChange={(v) => setFilters((f) => ({ ...f, active: v ?? undefined }))}
          data={[
            { value: 'true', label: t('state.active') },
            { value: 'false', label: t('log.ended') },
          ]}
          w={160}
        />
        <TextInput
          label={t('log.memberId')}
          value={member}
          error={memberInvalid ? t('log.memberIdInvalid') : undefined}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setMember(value);
            if (value === '' || uuid.test(value.trim()))
              setFilters((f) => ({ ...f, member: value.trim() || undefined }));
          }}
          w={320}
        />
        <TextInput
          type="date"
          label={t('log.from')}
          value={filters.from ?? ''}
          onChange={(e) => setFilters((f) => ({ ...f, from: e.currentTarget.value || undefined }))}
        />
        <TextInput
          type="date"
          label={t('log.to')}
          value={filters.to ?? ''}
          onChange={(e) => setFilters((f) => ({ ...f, to: e.currentTarget.value || undefined }))}
        />
      </Group>
      {body}
    </>
  );
}
