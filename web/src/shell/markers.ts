// What the build's prerender (./prerender.tsx) and the boot script it feeds (scripts/vite-shell.ts)
// agree on. No imports: the build's configuration loads this file too.

/**
 * The style nonce the prerender writes on the shell's inline styles; the boot script replaces it with
 * the page's own nonce (the server's CSP allows no other inline style).
 */
export const PRERENDER_NONCE = '__GATEHOUSE_SHELL_NONCE__';

/** Where a signed-in route's page part goes in its frame. */
export const PAGE_SLOT = '<!--gatehouse-page-->';

/** On every top-level element of a shell: tests and the boot script tell the shell from the app by it. */
export const SHELL_ATTRIBUTE = 'data-gatehouse-shell';
