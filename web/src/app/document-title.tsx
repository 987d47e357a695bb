import type { ParseKeys } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';

interface TitleHandle {
  titleKey: ParseKeys;
}

const hasTitle = (handle: unknown): handle is TitleHandle =>
  typeof handle === 'object' && handle !== null && 'titleKey' in handle;

/** Each page has its own document title (WCAG 2.4.2), in the UI language, from its route's declaration. */
export function DocumentTitle() {
  const { t } = useTranslation();
  const matches = useMatches();
  const key = matches.map((m) => m.handle).findLast(hasTitle)?.titleKey ?? 'titles.notFound';
  useEffect(() => {
    document.title = `${t(key)} · Gatehouse`;
  }, [key, t]);
  return null;
}
