import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@/lib/format';
import { useLiveStaleness } from '@/lib/live/use-live';
import classes from './stale-live-data.module.css';

/**
 * Live figures and lists that are not live any more while the connection is lost: dimmed, and
 * labelled with the time they date from, so "557 online" is not read as the truth of now.
 */
export function StaleLiveData({ children }: { children: ReactNode }) {
  const stale = useLiveStaleness();
  return (
    <div className={stale ? classes.stale : undefined} data-stale={stale ? 'true' : undefined}>
      {children}
    </div>
  );
}

/** "Not live · as of 14:03:27" next to a live figure while the connection is lost; nothing otherwise. */
export function StaleBadge() {
  const { t, i18n } = useTranslation('live');
  const stale = useLiveStaleness();
  if (!stale) return null;
  return (
    <Badge
      color="orange"
      variant="light"
      size="sm"
      data-testid="stale-badge"
      styles={{ root: { textTransform: 'none' } }}
    >
      {t('stale.asOf', { time: formatTime(stale.since, i18n.resolvedLanguage ?? 'en') })}
    </Badge>
  );
}
