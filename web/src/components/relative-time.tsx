import { useTranslation } from 'react-i18next';
import { formatDateTime, relativeTime } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** "5 min ago", localized, ticking; the exact date on hover (a native title: lists render many of these). */
export function RelativeTime({ value, fallback }: { value: string | null | undefined; fallback?: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (!value) return <span>{fallback ?? t('time.never')}</span>;
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <time dateTime={value} title={formatDateTime(value, language)}>
      {relativeTime(value, language, now) ?? t('time.justNow')}
    </time>
  );
}
