/**
 * A rate per second with the precision that reads well at its size: "1,204", "12.9", "0.35".
 * The raw value ("12.862") claims a precision a five-minute average does not have.
 */
export function formatRate(perSecond: number, language: string): string {
  const digits = perSecond >= 100 ? 0 : perSecond >= 1 ? 1 : 2;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(perSecond);
}
