import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupList } from '../api/backups';
import { intervalParts } from './backup-words';

/** How backups are taken and kept, in words: schedule (the RPO), retention, sealing and kind. */
export function BackupSchedule({ list }: { list: BackupList }) {
  const { t } = useTranslation('backups');
  const every = intervalParts(list.interval_minutes);
  return (
    <List size="sm" spacing={4} data-testid="backup-schedule">
      <List.Item>
        {list.scheduled
          ? t('schedule.every', { every: t(`units.${every.unit}`, { count: every.count }) })
          : t('schedule.off')}
      </List.Item>
      <List.Item>
        {t('schedule.retention', { recent: list.keep_recent, daily: list.keep_daily, weekly: list.keep_weekly })}
      </List.Item>
      <List.Item>{list.encrypted ? t('schedule.sealed') : t('schedule.notSealed')}</List.Item>
      <List.Item>
        <Text span size="sm">
          {t(`schedule.kind.${list.database === 'postgres' ? 'postgres' : 'sqlite'}`)}
        </Text>
      </List.Item>
    </List>
  );
}
