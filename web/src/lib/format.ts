const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const cache = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "5 min ago" / "il y a 5 min"; undefined under a minute so callers can say "just now". */
export function relativeTime(iso: string, language: string, now: number): string | undefined {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return undefined;
  const rtf = cached(
    `rtf:${language}`,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' }),
  );
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
}

export function formatDateTime(iso: string, language: string): string {
  return cached(
    `dt:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** A time of day to the second ("14:03:27"), for "as of" labels. */
export function formatTime(epochMs: number, language: string): string {
  return cached(
    `t:${language}`,
    () => new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  ).format(epochMs);
}

export function formatDate(iso: string, language: string): string {
  return cached(`d:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(
    new Date(iso),
  );
}

export function formatNumber(value: number, language: string): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(language)).format(value);
}

/** "2 min 30 s" style wait, for lockouts. */
export function formatDuration(seconds: number, language: string): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const unit = (value: number, u: 'minute' | 'second') =>
    cached(
      `u:${language}:${u}`,
      () => new Intl.NumberFormat(language, { style: 'unit', unit: u, unitDisplay: 'long' }),
    ).format(value);
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}

/** The readable end of an id: UUID v7s share their first characters (a timestamp), not their last. */
export function shortId(id: string): string {
  return id.length > 12 ? `…${id.slice(-6)}` : id;
}

/** The later of two instants (ISO strings), either possibly missing. */
export function laterOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
