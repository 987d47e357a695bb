import { Badge, Button, Chip, Group, Loader, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '@/components/scroll-region';
import { ActorName } from '@/components/actor-name';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useAccess } from '@/lib/auth/use-access';
import { relativeTime } from '@/lib/format';
import { queueViews, useReportQueue, useUpdateReport, type QueueView, type Report } from '../api/reports';
import { useReportsLive } from '../api/reports-live';
import { Assignee } from '../components/assignee';
import { ModerationTabs } from '../components/moderation-tabs';
import { ResolveReportDialog } from '../components/resolve-report-dialog';
import { SlaCountdown } from '../components/sla-countdown';
import { useTick } from '../components/use-tick';

const severities = ['critical', 'high', 'normal', 'low'] as const;
const severityColor: Record<string, string> = { critical: 'red', high: 'orange', normal: 'blue', low: 'gray' };

/** The report queue: most urgent first, SLA countdowns, quick filters, live updates, assign / resolve / dismiss. */
export function ReportsPage() {
  const { t, i18n } = useTranslation('moderation');
  const [view, setView] = useState<QueueView>('all');
  const [severity, setSeverity] = useState<string | null>(null);
  const query = useReportQueue(view, severity ?? undefined);
  const live = useReportsLive();
  const now = useTick(1000);
  const access = useAccess();
  const update = useUpdateReport();
  const [closing, setClosing] = useState<{ report: Report; mode: 'resolve' | 'dismiss' }>();
  const me = access?.me.user.id;

  const assignToMe = (report: Report) => update.mutate({ report, body: { status: 'assigned', assignee_id: me } });

  let body;
  if (query.isPending) body = <Loader aria-label={t('reports.loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <EmptyState icon={<IconInbox size={24} />} title={t('reports.empty')}>
        {t('reports.emptyBody')}
      </EmptyState>
    );
  else
    body = (
      <ScrollRegion label={t('reports.title')} minWidth={860}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.columns.sla')}</Table.Th>
              <Table.Th>{t('reports.columns.severity')}</Table.Th>
              <Table.Th>{t('reports.columns.target')}</Table.Th>
              <Table.Th>{t('reports.columns.category')}</Table.Th>
              <Table.Th>{t('reports.columns.assignee')}</Table.Th>
              <Table.Th>{t('reports.columns.filed')}</Table.Th>
              {/* Positioned, so the hidden label stays inside the scroll region instead of widening the page. */}
              <Table.Th pos="relative">
                <VisuallyHidden>{t('reports.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((r) => (
              <Table.Tr key={r.id} data-testid="report-row" data-report-id={r.id} data-assignee={r.assignee_id ?? ''}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <SlaCountdown dueAt={r.due_at} now={now} open={r.status === 'open' || r.status === 'assigned'} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    color={severityColor[r.severity] ?? 'gray'}
                    variant="light"
                    styles={{ label: { overflow: 'visible' } }}
                  >
                    {t(`reports.severity.${r.severity as (typeof severities)[number]}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ActorName userId={r.target_id} />
                  {r.description && (
                    <Text size="xs" c="dimmed" lineClamp={2} maw={280}>
                      {r.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`reports.categories.${r.category}`, { defaultValue: r.category })}</Text>
                  {r.duplicates > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('reports.duplicates', { count: r.duplicates })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Assignee userId={r.assignee_id} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" title={new Date(r.created_at).toLocaleString(i18n.language)}>
                    {relativeTime(r.created_at, i18n.language, now)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    {r.assignee_id !== me && (
                      <Button size="xs" variant="default" onClick={() => assignToMe(r)} loading={update.isPending}>
                        {t('reports.assignToMe')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      leftSection={<IconCheck size={14} />}
                      onClick={() => setClosing({ report: r, mode: 'resolve' })}
                    >
                      {t('reports.resolve')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="gray"
                      onClick={() => setClosing({ report: r, mode: 'dismiss' })}
                    >
                      {t('reports.dismiss')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    );

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={
          query.data && (
            <span data-testid="report-counts">
              {t('reports.counts', { open: query.data.open_count, breached: query.data.breached_count })}
            </span>
          )
        }
        actions={
          <Badge
            variant="dot"
            color={live === 'live' ? 'green' : live === 'connecting' ? 'yellow' : 'red'}
            data-testid="reports-live"
          >
            {t(`reports.live.${live}`)}
          </Badge>
        }
      />
      <ModerationTabs current="/reports" />
      <Group mb="md" align="end" wrap="wrap">
        <Chip.Group value={view} onChange={(v) => setView(v as QueueView)}>
          <Group gap="xs" role="radiogroup" aria-label={t('reports.filters.label')}>
            {queueViews.map((v) => (
              <Chip key={v} value={v} variant="light">
                {t(`reports.filters.${v}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Select
          label={t('reports.columns.severity')}
          placeholder={t('reports.filters.anySeverity')}
          clearable
          value={severity}
          onChange={setSeverity}
          data={severities.map((s) => ({ value: s, label: t(`reports.severity.${s}`) }))}
          w={180}
        />
      </Group>
      {update.isError && (
        <Text c="red" role="alert" mb="sm">
          {update.error.message}
        </Text>
      )}
      {body}
      {closing && (
        <ResolveReportDialog report={closing.report} mode={closing.mode} onClose={() => setClosing(undefined)} />
      )}
    </>
  );
}
