import { Button, Group, Loader, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import type { AuditEntry } from '@/lib/api/types';
import { useExportAudit, type ExportFormat } from '../api/export-audit';
import { useAudit } from '../api/list-audit';
import { AuditDetailDrawer } from '../components/audit-detail-drawer';
import { AuditFiltersBar } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { useAuditFilters } from '../components/use-audit-filters';
import { VerifyBadge } from '../components/verify-badge';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const { filters, setFilters, active, clear } = useAuditFilters();
  const query = useAudit(filters);
  const exporter = useExportAudit();
  const [open, setOpen] = useState<AuditEntry>();
  const entries = query.data?.pages.flatMap((p) => p.items) ?? [];

  const runExport = (format: ExportFormat) =>
    exporter.mutate(
      { filters, format },
      { onError: (e) => notifications.show({ color: 'red', title: t('export.failed'), message: e.message }) },
    );

  let body;
  if (query.isPending) body = <Loader aria-label={t('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (entries.length === 0)
    body = (
      <EmptyState
        icon={active ? <IconFilterOff size={24} /> : <IconHistory size={24} />}
        title={active ? t('empty.filteredTitle') : t('empty.title')}
        action={
          active > 0 && (
            <Button variant="default" onClick={clear}>
              {t('filters.clear')}
            </Button>
          )
        }
      >
        {active ? t('empty.filtered') : t('empty.body')}
      </EmptyState>
    );
  else
    body = (
      <>
        <AuditTable entries={entries} onOpen={setOpen} />
        <Group justify="center" mt="sm">
          {query.hasNextPage ? (
            <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
              {t('more')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('end', { count: entries.length })}
            </Text>
          )}
        </Group>
      </>
    );

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <VerifyBadge />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button leftSection={<IconDownload size={16} />} variant="default" loading={exporter.isPending}>
                  {t('export.label')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{active ? t('export.filtered') : t('export.all')}</Menu.Label>
                <Menu.Item onClick={() => runExport('csv')}>{t('export.csv')}</Menu.Item>
                <Menu.Item onClick={() => runExport('json')}>{t('export.json')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <AuditFiltersBar filters={filters} onChange={setFilters} active={active} onClear={clear} />
      {body}
      <AuditDetailDrawer entry={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
