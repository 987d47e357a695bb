import { ActionIcon, Badge, Menu, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { ScheduledReport } from '../api/scheduled-reports';
import { scheduleInWords } from './schedule-words';

export type ReportAction = 'edit' | 'run' | 'runs' | 'toggle' | 'delete';

/** Each report with its schedule in plain words, its next run and its actions. */
export function ReportsTable({
  reports,
  onAction,
}: {
  reports: ScheduledReport[];
  onAction: (a: ReportAction, r: ScheduledReport) => void;
}) {
  const { t, i18n } = useTranslation('scheduled-reports');
  const when = (at: string | null | undefined) => (at ? formatDateTime(at, i18n.language) : '—');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.schedule')}</Table.Th>
            <Table.Th>{t('table.next')}</Table.Th>
            <Table.Th>{t('table.recipients')}</Table.Th>
            <Table.Th>
              <span className="sr-only">{t('table.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text fw={500}>{r.name}</Text>
                <Text size="xs" c="dimmed">
                  {t(`kinds.${r.kind as 'members'}`)} · {r.format.toUpperCase()}
                </Text>
              </Table.Td>
              <Table.Td>{scheduleInWords(r.cron, r.time_zone, i18n.language) ?? r.cron}</Table.Td>
              <Table.Td>
                {r.enabled ? (
                  when(r.next_run_at)
                ) : (
                  <Badge color="gray" variant="light">
                    {t('table.paused')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{r.recipients.length}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('table.actionsFor', { name: r.name })}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onAction('run', r)}>{t('actions.run')}</Menu.Item>
                    <Menu.Item onClick={() => onAction('runs', r)}>{t('actions.runs')}</Menu.Item>
                    <Menu.Item onClick={() => onAction('edit', r)}>{t('actions.edit')}</Menu.Item>
                    <Menu.Item onClick={() => onAction('toggle', r)}>
                      {r.enabled ? t('actions.pause') : t('actions.resume')}
                    </Menu.Item>
                    <Menu.Item color="red" onClick={() => onAction('delete', r)}>
                      {t('actions.delete')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
