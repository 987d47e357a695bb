import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What shows while the session is restored: the same mark and name that index.html paints before
 * any script loads (its styles live there), plus a spinner, so the screen never goes blank between
 * the two.
 */
export function Splash() {
  const { t } = useTranslation();
  return (
    <div className="gh-splash" role="status" aria-label={t('loading')}>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" aria-hidden="true">
        <rect width="64" height="64" rx="16" fill="#5865F2" />
        <path d="M16 50V26l16-12 16 12v24H38V36H26v14z" fill="#fff" />
      </svg>
      <span>Gatehouse</span>
      <Loader size="sm" aria-hidden />
    </div>
  );
}
