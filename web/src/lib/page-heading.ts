/**
 * Marks a page's heading for the browser's Element Timing API, so the time the heading was painted
 * can be read from the page itself (bench/web/cold-load.mjs measures the cold first load with it).
 * Spread onto the h1: React passes the attribute through; it changes nothing else.
 */
export const PAGE_HEADING = { elementtiming: 'page-heading' } as Record<string, string>;
