/** Byte counts as people read them: "812 KB", "1.4 GB" (decimal units, like file managers). */
export function formatSize(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** An interval in minutes as words: 15 → { count: 15, unit: 'minutes' }, 120 → { count: 2, unit: 'hours' }. */
export function intervalParts(minutes: number): { count: number; unit: 'minutes' | 'hours' | 'days' } {
  if (minutes >= 1440 && minutes % 1440 === 0) return { count: minutes / 1440, unit: 'days' };
  if (minutes >= 60 && minutes % 60 === 0) return { count: minutes / 60, unit: 'hours' };
  return { count: Math.round(minutes), unit: 'minutes' };
}

/** The start of a checksum, enough to compare by eye; the whole one is in the title and the copy button. */
export function shortChecksum(checksum: string): string {
  return checksum.length > 12 ? `${checksum.slice(0, 12)}…` : checksum;
}
