// jsdom ships no types of its own; the build (scripts/vite-shell.ts) only parses HTML with it.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: Document };
  }
}
