import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const titles = {
  '/login': 'titles.login',
  '/setup': 'titles.setup',
  '/members': 'titles.members',
  '/online': 'titles.online',
  '/roles': 'titles.roles',
  '/audit': 'titles.audit',
  '/settings': 'titles.settings',
  '/webhooks': 'titles.webhooks',
  '/api-keys': 'titles.apiKeys',
} as const;

/** Each page has its own document title (WCAG 2.4.2), in the UI language. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const match = Object.entries(titles).find(([prefix]) => pathname.startsWith(prefix));
    const page = match ? t(match[1]) : pathname === '/' ? t('titles.dashboard') : t('titles.notFound');
    document.title = `${page} · Gatehouse`;
  }, [pathname, t]);
  return null;
}
