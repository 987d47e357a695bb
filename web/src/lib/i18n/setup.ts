import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languages, loadBundle, type Bundle, type Language } from './resources';

export const LANGUAGE_STORAGE_KEY = 'gatehouse.language';

/**
 * The UI language: the one the admin picked (stored), else the first of the browser's languages we
 * have, else English. public/boot.js picks the same way, to preload that language's chunk.
 */
export function detectLanguage(): Language {
  const supported = (tag: string | null | undefined): Language | undefined => {
    const base = tag?.toLowerCase().split('-')[0];
    return languages.find((l) => l === base);
  };
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage blocked: the browser's languages decide.
  }
  const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages, navigator.language];
  return supported(stored) ?? browser.map(supported).find(Boolean) ?? 'en';
}

/** Loads the other language's chunk when the admin switches to it (i18next asks per namespace). */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, namespace, callback) => {
    const lng = languages.find((l) => l === language);
    if (!lng) return callback(null, {});
    loadBundle(lng).then(
      (bundle) => callback(null, bundle[namespace as keyof Bundle]),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Starts i18next with one language's translations already loaded (`bundle`, see main.tsx): the
 * other language is loaded only if the admin switches to it.
 */
export function setupI18n(lng: Language, bundle: Bundle) {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(initReactI18next)
    .use(lazyLanguages)
    .init({
      resources: { [lng]: bundle },
      partialBundledLanguages: true,
      lng,
      // Both languages have every key (npm run check:i18n), so no fallback language is loaded.
      fallbackLng: false,
      supportedLngs: [...languages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      ns: Object.keys(bundle),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
      returnNull: false,
      initAsync: false,
    });
  const syncDocument = (language: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  syncDocument(i18n.resolvedLanguage ?? lng);
  i18n.on('languageChanged', (language) => {
    syncDocument(language);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage blocked: the choice lasts until the tab closes.
    }
  });
  return i18n;
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}
