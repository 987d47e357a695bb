import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { languages, resources, type Language } from './resources';

export const LANGUAGE_STORAGE_KEY = 'gatehouse.language';

/** The UI language: the one the admin picked, else the browser's, else English. */
export function setupI18n(lng?: Language) {
  if (i18n.isInitialized) return i18n;
  const instance = i18n.use(initReactI18next);
  if (!lng) instance.use(LanguageDetector);
  void instance.init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    initAsync: false,
  });
  const syncDocument = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  syncDocument(i18n.resolvedLanguage ?? 'en');
  i18n.on('languageChanged', syncDocument);
  return i18n;
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}
