import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLeft } from './format-left';

/** A report's SLA: time left, orange under 15 minutes, red once breached. */
export function SlaCountdown({ dueAt, now, open }: { dueAt: string; now: number; open: boolean }) {
  const { t } = useTranslation('moderation');
  const left = new Date(dueAt).getTime() - now;
  if (!open) return null;
  const breached = left <= 0;
  const color = breached ? 'red' : left < 15 * 60_000 ? 'orange' : 'gray';
  return (
    <Badge
      tt="none"
      styles={{ label: { overflow: 'visible' } }}
      color={color}
      variant={breached ? 'filled' : 'light'}
      data-testid="sla"
      data-breached={breached}
    >
      {breached
        ? t('reports.sla.breached', { time: formatLeft(left) })
        : t('reports.sla.left', { time: formatLeft(left) })}
    </Badge>
  );
}
