/** The narrowest a member card may be before the grid drops a column (as the stylesheet's minmax). */
export const CARD_MIN_WIDTH = 260;
/** The space between two cards, across and down. */
export const CARD_GAP = 12;
/** One line of cards: a 36 px avatar with 6 px padding above and below, and the gap beneath it. */
export const LINE_HEIGHT = 52;

/** Lines of cards kept rendered above and below the window, so a quick scroll never shows blanks. */
export const OVERSCAN_LINES = 6;

/** How many member cards fit side by side in a list this wide (at least one, even on a narrow phone). */
export function columnsFor(width: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.floor((width + CARD_GAP) / (CARD_MIN_WIDTH + CARD_GAP)));
}

/** Where card `index` sits in a grid of `columns` cards per line. */
export function cardPlace(index: number, columns: number): { line: number; column: number } {
  return { line: Math.floor(index / columns), column: index % columns };
}
