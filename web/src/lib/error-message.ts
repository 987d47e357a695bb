import i18n from 'i18next';
import { ApiError, NetworkError } from './api/problem';

/** A title and an explanation that says what to do, for any failure the API client can raise. */
export function errorMessage(error: unknown): { title: string; detail: string } {
  const t = i18n.getFixedT(null, 'common');
  if (error instanceof NetworkError) return { title: t('errors.network.title'), detail: t('errors.network.detail') };
  if (error instanceof ApiError) {
    switch (error.status) {
      case 401:
        return { title: t('errors.expired.title'), detail: t('errors.expired.detail') };
      case 403:
        return { title: t('errors.forbidden.title'), detail: error.problem.detail ?? t('errors.forbidden.detail') };
      case 404:
        return { title: t('errors.notFound.title'), detail: error.problem.detail ?? t('errors.notFound.detail') };
      case 409:
        return { title: t('errors.conflict.title'), detail: error.problem.detail ?? t('errors.conflict.detail') };
      case 412:
        return { title: t('errors.stale.title'), detail: error.problem.detail ?? t('errors.stale.detail') };
      case 429:
        return { title: t('errors.rateLimited.title'), detail: error.problem.detail ?? t('errors.rateLimited.detail') };
      default:
        if (error.status >= 500) return { title: t('errors.server.title'), detail: t('errors.server.detail') };
        return { title: t('errors.generic.title'), detail: error.problem.detail ?? t('errors.generic.detail') };
    }
  }
  return { title: t('errors.generic.title'), detail: t('errors.generic.detail') };
}
