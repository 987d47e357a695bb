import { Alert, Badge, Button, Code, Group, Loader, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { errorMessage } from '@/lib/error-message';
import { useRunReportNow } from '../api/report-runs';
import {
  useDeleteScheduledReport,
  useScheduledReports,
  useToggleScheduledReport,
  type ScheduledReport,
} from '../api/scheduled-reports';
import { useScheduledReportsLive } from '../api/scheduled-reports-live';
import { ReportBuilder } from '../components/report-builder';
import { ReportsTable, type ReportAction } from '../components/reports-table';
import { RunsDrawer } from '../components/runs-drawer';

export function ScheduledReportsPage() {
  const { t } = useTranslation('scheduled-reports');
  const { t: tc } = useTranslation();
  const query = useScheduledReports();
  const live = useScheduledReportsLive();
  const toggle = useToggleScheduledReport();
  const remove = useDeleteScheduledReport();
  const runNow = useRunReportNow();
  const [editing, setEditing] = useState<{ report?: ScheduledReport; key: number }>();
  const [runsOf, setRunsOf] = useState<string>();
  const [deleting, setDeleting] = useState<ScheduledReport>();
  const [secret, setSecret] = useState<string>();
  const reports = query.data?.items ?? [];
  const fail = (e: Error) => notifications.show({ color: 'red', message: errorMessage(e).detail });

  const act = (action: ReportAction, report: ScheduledReport) => {
    if (action === 'edit') setEditing({ report, key: Date.now() });
    else if (action === 'runs') setRunsOf(report.id);
    else if (action === 'delete') setDeleting(report);
    else if (action === 'toggle') toggle.mutate(report, { onError: fail });
    else
      runNow.mutate(report.id, {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('actions.runStarted', { name: report.name }) });
          setRunsOf(report.id);
        },
        onError: fail,
      });
  };

  let body;
  if (query.isPending) body = <Loader aria-label={tc('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (reports.length === 0)
    body = (
      <EmptyState icon={<IconReportAnalytics size={24} />} title={t('empty.title')}>
        {t('empty.body')}
      </EmptyState>
    );
  else body = <ReportsTable reports={reports} onAction={act} />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="sm">
            <Badge
              variant="dot"
              color={live === 'live' ? 'green' : live === 'connecting' ? 'yellow' : 'red'}
              data-testid="scheduled-reports-live"
            >
              {t(`live.${live}`)}
            </Badge>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ key: Date.now() })}>
              {t('builder.createTitle')}
            </Button>
          </Group>
        }
      />
      {secret && (
        <Alert color="blue" title={t('secret.title')} withCloseButton onClose={() => setSecret(undefined)} mb="md">
          <Text size="sm" mb="xs">
            {t('secret.body')}
          </Text>
          <Code block data-testid="webhook-secret">
            {secret}
          </Code>
        </Alert>
      )}
      {body}
      {editing && (
        <ReportBuilder
          key={editing.key}
          report={editing.report}
          onClose={() => setEditing(undefined)}
          onCreated={setSecret}
        />
      )}
      <RunsDrawer report={reports.find((r) => r.id === runsOf)} onClose={() => setRunsOf(undefined)} />
      <Modal opened={deleting !== undefined} onClose={() => setDeleting(undefined)} title={t('delete.title')}>
        <Text mb="md">{t('delete.body', { name: deleting?.name ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(undefined)}>
            {tc('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(undefined), onError: fail })
            }
          >
            {t('actions.delete')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
