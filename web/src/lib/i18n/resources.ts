import type { en } from './en';

/**
 * The translations' shape (English, the reference; scripts/check-i18n.mjs keeps French in step). Only
 * the type: each language is its own chunk (./en, ./fr), loaded when it is the UI language, so an
 * English page no longer evaluates the French ~115 KB of strings at start and a French one the English.
 */
export type Bundle = typeof en;
export type { en as EnglishBundle };

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** One language's translations, as a chunk of its own. */
export function loadBundle(lng: Language): Promise<Bundle> {
  return lng === 'fr' ? import('./fr').then((m) => m.fr as unknown as Bundle) : import('./en').then((m) => m.en);
}
