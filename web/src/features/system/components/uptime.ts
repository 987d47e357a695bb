/** "3 d 4 h", "2 h 5 min", "45 s": the two largest units of an uptime, in the admin's language. */
export function formatUptime(seconds: number, language: string): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ];
  let rest = Math.max(0, Math.floor(seconds));
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length === 0 && unit === 'second'))
      parts.push(new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow' }).format(count));
    if (parts.length === 2) break;
    if (parts.length === 1 && count === 0) break;
  }
  return parts.join(' ');
}
