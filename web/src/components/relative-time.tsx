import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, relativeTime } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** "5 min ago", localized, ticking; the exact date on hover. */
export function RelativeTime({ value, fallback }: { value: string | null | undefined; fallback?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (!value) return <span>{fallback ?? t('time.never')}</span>;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Tooltip label={formatDateTime(value, language)} openDelay={400} withArrow>
      <time dateTime={value}>{relativeTime(value, language, now) ?? t('time.justNow')}</time>
    </Tooltip>
  );
}
