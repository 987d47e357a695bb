import { drawEarlyOnline } from '@/features/presence/shell/early-online';
import type { EarlyOnlineTemplates } from '@/features/presence/shell/early-online-tokens';

export interface EarlyContext {
  language: string;
  nonce: string;
  /** The page's own stylesheets (the app applies them only when its page loads), to add with the view. */
  css?: HTMLStyleElement;
  /**
   * Settled once the shell is in #root (or the HTML is parsed without one): the view draws into it. Should the
   * session restore's answer come before the parser has made #root, the view would otherwise find no shell and skip.
   */
  placed?: Promise<void>;
}

/**
 * What the boot script draws into a route's shell once its data is in, before the app's code has run
 * (bundled into the boot script by scripts/vite-route-preload.ts; the templates come from
 * ./early-templates.tsx). Who's online: the list from the snapshot public/boot.js asked for.
 * A view that waits for data returns a promise settled once it has drawn (or decided not to): the
 * boot script starts the app's code only then (scripts/vite-route-preload.ts, startAppScript), since
 * the app's first long task would otherwise hold the answer back from the view.
 */
export const earlyViews: Record<string, (templates: unknown, context: EarlyContext) => Promise<void> | undefined> = {
  online(templates, context) {
    const snapshot = window.__gatehouseOnline;
    if (!snapshot) return undefined;
    return Promise.all([snapshot, context.placed]).then(([items]) => {
      // Too late to help once the app's code runs: its first render draws the same list soon after.
      if (items && !window.__gatehouseAppStarted) drawEarlyOnline(templates as EarlyOnlineTemplates, items, context);
    });
  },
};

declare global {
  interface Window {
    /** The early view the boot script is drawing, settled once drawn; the boot script starts the app's code then. */
    __gatehouseEarlyView?: Promise<void>;
  }
}
