import { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppLayout } from '@/app/app-layout';
import { features } from '@/app/features';
import { Providers } from '@/app/providers';
import { pageToolbar } from '@/app/router';
import type { FeatureRoute } from '@/lib/feature';
import { languages, loadBundle, type Language } from '@/lib/i18n/resources';
import { earlyTemplates } from './early-templates';
import { PAGE_SLOT, PRERENDER_NONCE, SHELL_ATTRIBUTE } from './markers';

export const schemes = ['dark', 'light'] as const;
export type Scheme = (typeof schemes)[number];

/** A route's shell in one language and colour scheme: the frame (with PAGE_SLOT, if signed in) and the page part. */
export interface ShellHtml {
  frame: string;
  page: string;
}

export interface PrerenderedRoute {
  path: string;
  public: boolean;
  shells: Record<`${Language}-${Scheme}`, ShellHtml>;
  /** Per language, the templates of the route's early view (src/shell/early-views.ts), if it has one. */
  early?: Record<Language, unknown>;
}

/** Parses HTML into a document: jsdom at build time, the test environment's DOMParser in tests. */
export type ParseHtml = (html: string) => Document;

/**
 * i18next's shared instance with both languages, as the app's own (some helpers, e.g. the audit
 * labels, read it directly rather than through React's context); `render` switches its language.
 */
async function setupLanguages() {
  const bundles = Object.fromEntries(await Promise.all(languages.map(async (l) => [l, await loadBundle(l)] as const)));
  if (!i18next.isInitialized)
    await i18next.use(initReactI18next).init({
      resources: bundles,
      lng: 'en',
      fallbackLng: false,
      ns: Object.keys(bundles.en!),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      showSupportNotice: false,
      returnNull: false,
      initAsync: false,
    });
  else
    for (const [lng, bundle] of Object.entries(bundles))
      for (const [ns, resources] of Object.entries(bundle)) i18next.addResourceBundle(lng, ns, resources, true, false);
}

/**
 * What React renders for the route before anything has loaded: no session (so the frame shows only
 * the navigation every admin has, nothing that depends on permissions), no data. The app's own
 * components, so the shell cannot drift from what the app then renders in its place.
 */
async function renderRoute(route: FeatureRoute, language: Language, scheme: Scheme) {
  const Page = await route.page();
  await i18next.changeLanguage(language);
  const page = <Page toolbar={pageToolbar} />;
  const pageRoute = route.path === '' ? <Route index element={page} /> : <Route path={route.path} element={page} />;
  return renderInApp(
    <Routes>{route.public ? pageRoute : <Route element={<AppLayout />}>{pageRoute}</Route>}</Routes>,
    `/${route.path}`,
    scheme,
  );
}

/** React's server render of a node inside the app's providers and a router at `path`, in i18next's language. */
export function renderInApp(node: ReactNode, path: string, scheme: Scheme) {
  return renderToString(
    <I18nextProvider i18n={i18next}>
      <Providers queryClient={new QueryClient()} forceColorScheme={scheme}>
        <MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>
      </Providers>
    </I18nextProvider>,
  );
}

/** The templates of a route's early view in each language (src/shell/early-templates.tsx). */
async function renderEarly(path: string, parse: ParseHtml) {
  const templates = earlyTemplates[path];
  if (!templates) return undefined;
  const early = {} as Record<Language, unknown>;
  for (const language of languages) {
    await i18next.changeLanguage(language);
    early[language] = templates({
      language,
      i18n: i18next,
      render: (node) =>
        parse(
          `<!doctype html><html><body><div id="root">${renderInApp(node, `/${path}`, 'dark')}</div></body></html>`,
        ).getElementById('root')!,
      hoist: (container) => hoistRules(container, 'e'),
    });
  }
  return early;
}

/**
 * Keeps, of a signed-in page, only its heading (title and description, the page header's actions
 * depend on permissions) and the elements that hold it, so it sits where the page puts it; the rest
 * of the page (lists, forms) waits for data the shell does not have. Inline <style>s stay: Mantine
 * writes responsive props' rules beside the elements they style.
 */
function keepHeadingOnly(main: Element) {
  const heading = main.querySelector('h1[elementtiming]');
  const header = heading?.closest('.mantine-Group-root');
  if (!header || !main.contains(header)) {
    main.replaceChildren();
    return;
  }
  for (const action of [...header.children].slice(1)) action.remove();
  for (let node: Element = header; node !== main; node = node.parentElement!)
    for (const sibling of [...node.parentElement!.childNodes])
      if (sibling !== node && sibling.nodeName !== 'STYLE') sibling.remove();
}

/** Marks each declaration `!important`, as an inline style outranks the stylesheets' rules. */
function important(css: string) {
  const declarations: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= css.length; i++) {
    const c = css[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ';' && depth === 0) || i === css.length) {
      const declaration = css.slice(start, i).trim();
      if (declaration) declarations.push(/!important$/.test(declaration) ? declaration : `${declaration} !important`);
      start = i + 1;
    }
  }
  return declarations.join(';');
}

/** A short name from the style's text, so the same frame gets the same classes on every route. */
function hash(text: string) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * Moves the elements' style attributes (Mantine sets its components' CSS variables there) into
 * classes: the CSP allows no inline style attribute in parsed HTML (React sets them through the
 * CSSOM, which the CSP does not govern). Returns the classes' CSS.
 */
function hoistRules(container: Element, prefix: string) {
  const rules = new Map<string, string>();
  for (const element of container.querySelectorAll('[style]')) {
    const css = element.getAttribute('style')!;
    const name = `gh-${prefix}${hash(css)}`;
    rules.set(name, important(css));
    element.removeAttribute('style');
    element.classList.add(name);
  }
  return [...rules].map(([name, declarations]) => `.${name}{${declarations}}`).join('');
}

/** hoistRules, as one nonced <style>'s HTML. */
function hoistStyles(container: Element, prefix: string) {
  const css = hoistRules(container, prefix);
  return css ? `<style nonce="${PRERENDER_NONCE}" ${SHELL_ATTRIBUTE}>${css}</style>` : '';
}

function toShell(html: string, isPublic: boolean, parse: ParseHtml): ShellHtml {
  const root = parse(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
  for (const element of root.children) {
    element.setAttribute(SHELL_ATTRIBUTE, '');
    // Nothing in it works until the app takes over; inert, it cannot be clicked or typed into meanwhile.
    if (element.nodeName !== 'STYLE') element.setAttribute('inert', '');
  }
  // Its controls say so too: disabled, they look it, and tools that wait for a field to be editable (assistive
  // technology, test drivers) wait for the app's, instead of typing into one about to be replaced.
  for (const control of root.querySelectorAll('input, button, select, textarea')) control.setAttribute('disabled', '');
  const main = isPublic ? null : root.querySelector('main');
  let page = '';
  if (main) {
    keepHeadingOnly(main);
    page = hoistStyles(main, 'p') + main.innerHTML;
    main.innerHTML = PAGE_SLOT;
  }
  return { frame: hoistStyles(root, 'f') + root.innerHTML, page };
}

/** A route's early view templates alone, per language (tests). */
export async function prerenderEarly(path: string, parse: ParseHtml) {
  await setupLanguages();
  return renderEarly(path, parse);
}

/**
 * Every declared route's shell, in each language and colour scheme. A page that cannot render
 * outside a browser (it reads the address's hash as it renders, say) gets none: its address shows
 * the splash, as before; `skipped` says which and why.
 */
export async function prerenderShells(
  parse: ParseHtml,
  skipped: (path: string, error: unknown) => void = () => {},
): Promise<PrerenderedRoute[]> {
  await setupLanguages();
  const routes: PrerenderedRoute[] = [];
  for (const route of features.flatMap((f) => f.routes)) {
    const shells = {} as PrerenderedRoute['shells'];
    try {
      for (const language of languages)
        for (const scheme of schemes)
          shells[`${language}-${scheme}`] = toShell(
            await renderRoute(route, language, scheme),
            route.public === true,
            parse,
          );
    } catch (error) {
      skipped(route.path, error);
      continue;
    }
    const early = await renderEarly(route.path, parse);
    routes.push({ path: route.path, public: route.public === true, shells, ...(early && { early }) });
  }
  return routes;
}
