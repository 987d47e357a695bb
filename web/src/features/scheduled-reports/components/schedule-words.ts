import cronstrue from 'cronstrue';
// Registers the French phrases with cronstrue (English is built in); a side-effect import, a few KB.
import 'cronstrue/locales/fr';

/**
 * A cron expression in plain words, in the admin's language, with its time zone:
 * "At 09:00, only on Monday (Europe/Paris)". Null when the expression does not parse,
 * so the builder can say so instead of showing a wrong sentence.
 */
export function scheduleInWords(cron: string, timeZone: string, language: string): string | null {
  if (cron.trim().split(/\s+/).length !== 5) return null;
  try {
    const words = cronstrue.toString(cron.trim(), {
      locale: language.startsWith('fr') ? 'fr' : 'en',
      use24HourTimeFormat: true,
      verbose: false,
    });
    return `${words} (${timeZone})`;
  } catch {
    return null;
  }
}

/** Ready-made schedules for the builder; any cron expression can be typed instead. */
export const SCHEDULE_PRESETS = [
  { key: 'daily', cron: '0 9 * * *' },
  { key: 'weekly', cron: '0 9 * * 1' },
  { key: 'monthly', cron: '0 9 1 * *' },
] as const;
