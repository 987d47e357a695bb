import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { earlyViewsScript, prerender, shellScript } from './vite-shell.ts';

/** A route as a feature declares it (src/features/<name>/feature.ts): its path and its page module. */
export interface DeclaredRoute {
  path: string;
  public: boolean;
  page: string;
}

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const keyName = (property: Node) => {
  const key = property.key as Node;
  return key.type === 'Identifier' ? (key.name as string) : (key.value as string);
};

/**
 * The routes of a feature.ts, read from its syntax tree: every object literal with a string `path`
 * and a `page` that calls `import('…')` (lib/feature.ts, FeatureRoute). The build does not run the
 * app's code, so this is how it knows which page a path opens.
 */
export function declaredRoutes(program: Node, file: string): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'ObjectExpression') {
      const props = (node.properties as Node[]).filter((p) => p.type === 'Property');
      const path = props.find((p) => keyName(p) === 'path')?.value as Node | undefined;
      const page = props.find((p) => keyName(p) === 'page')?.value;
      const source = page === undefined ? undefined : findImport(page);
      if (path?.type === 'Literal' && typeof path.value === 'string' && source) {
        const isPublic = props.find((p) => keyName(p) === 'public')?.value as Node | undefined;
        routes.push({ path: path.value, public: isPublic?.value === true, page: resolveSource(file, source) });
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(program);
  return routes;
}

function findImport(node: unknown): string | undefined {
  if (Array.isArray(node)) return node.map(findImport).find(Boolean);
  if (!isNode(node)) return undefined;
  if (node.type === 'ImportExpression' && (node.source as Node).type === 'Literal')
    return (node.source as Node).value as string;
  return Object.entries(node)
    .filter(([key]) => key !== 'type')
    .map(([, value]) => findImport(value))
    .find(Boolean);
}

function resolveSource(file: string, source: string) {
  const base = resolve(dirname(file), source);
  return ['', '.tsx', '.ts'].map((ext) => base + ext).find((f) => existsSync(f)) ?? base;
}

/** The chunk files (JS, CSS) a module needs that the entry has not already loaded. */
function filesOf(bundle: OutputBundle, moduleId: string, loaded: Set<string>) {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId === moduleId) ?? chunks.find((c) => c.moduleIds.includes(moduleId));
  const js: string[] = [];
  const css: string[] = [];
  const stack = start ? [start.fileName] : [];
  while (stack.length) {
    const file = stack.pop()!;
    if (loaded.has(file) || js.includes(file)) continue;
    const chunk = bundle[file] as OutputChunk;
    js.push(file);
    css.push(...(chunk.viteMetadata?.importedCss ?? []));
    stack.push(...chunk.imports);
  }
  return { js, css };
}

/** Which of the routes' patterns matches a path: static segments before `:param` ones, as the router does. */
export const matchScript = `function(routes, pathname) {
  var parts = pathname.replace(/^\\/+|\\/+$/g, '').split('/');
  var best = null, bestScore = -1;
  for (var i = 0; i < routes.length; i++) {
    var segments = routes[i][0].split('/');
    if (segments.length !== parts.length) continue;
    var score = 0, ok = true;
    for (var j = 0; j < segments.length && ok; j++) {
      if (segments[j].charAt(0) === ':') ok = parts[j] !== '';
      else if (segments[j] === parts[j]) score++;
      else ok = false;
    }
    if (ok && score > bestScore) { best = routes[i]; bestScore = score; }
  }
  return best;
}`;

/** How long the app's code waits for an early view's data at most (startAppScript). */
export const EARLY_VIEW_WAIT_MS = 3000;

/**
 * Starts the app's code: adds index.html's module scripts (`entries`, which the build turned into modulepreload links,
 * so they download with the HTML as before) once the HTML is parsed, when the deferred scripts would have run, and
 * on a page whose early view waits for its data (src/shell/early-views.ts), once that view is drawn and painted.
 * Measured on Who's online: the app's first long task (its modules' evaluation, ~250 ms) began before the session
 * restore's answer arrived in two loads of three, the answer then waited for it and the early view was skipped, so
 * the list was named at ~1.5 s instead of ~0.8 s. The app needs that same answer before it can render anything, so
 * it loses little by starting after it (bench/web/README.md).
 */
export const startAppScript = `function(entries) {
  function start() {
    for (var i = 0; i < entries.length; i++) {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = '/' + entries[i];
      document.head.appendChild(script);
    }
  }
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', function () { resolve(); }, { once: true });
  });
  var view = window.__gatehouseEarlyView;
  var drawn = view && new Promise(function (resolve) {
    view.then(function () {
      // After the view's paint (the frame it is in, then a task), or a moment later where frames are not drawn (a tab
      // in the background).
      requestAnimationFrame(function () { setTimeout(resolve, 0); });
      setTimeout(resolve, 100);
    }, resolve);
    // A slow answer does not hold the app back for long: it then starts, and draws the list itself once the answer is in.
    setTimeout(resolve, ${EARLY_VIEW_WAIT_MS});
  });
  Promise.all([parsed, drawn]).then(start);
}`;

/**
 * Starts the current page's chunks with the HTML instead of after the app's code has run: the built
 * boot script (public/boot.js plus this; a classic script, as the CSP forbids inline ones) holds, per
 * route, the files its page and (signed in) the app frame need, and adds `<link rel=modulepreload>`
 * for the one the address opens. Development serves public/boot.js alone.
 * Without it, the page's chunks were a second download round that began only once the entry's code
 * had loaded and run (about 400 ms of a cold load).
 */
export function routePreload(root: string): Plugin {
  const features = resolve(root, 'src/features');
  const frame = resolve(root, 'src/app/app-layout.tsx');
  return {
    name: 'gatehouse-route-preload',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset') return;
      // index.html's module scripts become preloads: the boot script adds the scripts themselves (startAppScript).
      const entries: string[] = [];
      const source = String(html.source).replace(
        /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"><\/script>/g,
        (_, file: string) => {
          entries.push(file);
          return `<link rel="modulepreload" crossorigin href="/${file}">`;
        },
      );
      if (!entries.length) this.error('index.html has no module script for the boot script to start');
      // What index.html loads itself (its module scripts and their imports) is never preloaded again.
      const loaded = new Set<string>();
      const stack = [...source.matchAll(/"\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
      while (stack.length) {
        const file = stack.pop()!;
        const chunk = bundle[file];
        if (loaded.has(file) || chunk?.type !== 'chunk') continue;
        loaded.add(file);
        stack.push(...chunk.imports);
      }
      const routes: [string, string[], string[]][] = [];
      // The CSS files, not yet applied, that a route's shell needs (the frame's, or a public page's).
      const shellCss = new Map<string, string[]>();
      // The CSS files of a route's page, inlined for its early view (src/shell/early-views.ts), if it has one.
      const pageCss = new Map<string, string[]>();
      for (const id of this.getModuleIds()) {
        if (!id.startsWith(features) || !id.endsWith('/feature.ts')) continue;
        const code = this.getModuleInfo(id)?.code;
        if (!code) continue;
        for (const route of declaredRoutes(this.parse(code) as unknown as Node, id)) {
          const page = filesOf(bundle, route.page, loaded);
          const shell = route.public ? { js: [], css: [] } : filesOf(bundle, frame, loaded);
          shellCss.set(route.path, route.public ? page.css : shell.css);
          pageCss.set(
            route.path,
            page.css.filter((f) => !shell.css.includes(f)),
          );
          const js = [...new Set([...shell.js, ...page.js])];
          const css = [...new Set([...shell.css, ...page.css])];
          if (js.length || css.length) routes.push([route.path, js, css]);
        }
      }
      // Each language's translations are a chunk of their own (src/lib/i18n/resources.ts), needed before the first render.
      const languages: Record<string, string[]> = {};
      for (const lng of ['en', 'fr'])
        languages[lng] = filesOf(bundle, resolve(root, `src/lib/i18n/${lng}.ts`), loaded).js;
      if (!languages.en!.length || !languages.fr!.length) this.error('no chunk found for src/lib/i18n/en.ts or fr.ts');
      // One script, hashed (cached for good), instead of a second request that would also block the parser.
      const boot = readFileSync(resolve(root, 'public/boot.js'), 'utf8');
      const cssText = (file: string) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') this.error(`no CSS asset ${file}`);
        return String(asset.source);
      };
      const shell = shellScript(
        await prerender(root, (m) => this.warn(m)),
        (route) => (shellCss.get(route.path) ?? []).map(cssText).join(''),
        {
          script: await earlyViewsScript(root),
          css: (route) => (pageCss.get(route.path) ?? []).map(cssText).join(''),
        },
      );
      const script = `${boot}
// The current page's chunks (generated by scripts/vite-route-preload.ts), and its shell.
(function () {
  var match = (${matchScript});
  var route = match(${JSON.stringify(routes)}, location.pathname) || [null, [], []];
  // The UI language as src/lib/i18n/setup.ts (detectLanguage) picks it: stored choice, else the browser's.
  var languages = ${JSON.stringify(languages)};
  var language = null;
  try { language = localStorage.getItem('gatehouse.language'); } catch (e) {}
  var tags = [language].concat(navigator.languages || [], navigator.language);
  language = 'en';
  for (var i = 0; i < tags.length; i++) {
    var base = String(tags[i] || '').toLowerCase().split('-')[0];
    if (languages[base]) { language = base; break; }
  }
${shell}
  function add(rel, href, as) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.href = '/' + href;
    link.crossOrigin = '';
    document.head.appendChild(link);
  }
  // After the session restore's request has left (boot.js above), so it never queues behind these.
  window.__gatehouseAsked.then(function () {
    languages[language].concat(route[1]).forEach(function (f) { add('modulepreload', f); });
    // Fetched, not applied: the app adds the stylesheet when the page loads, after the app's own styles.
    route[2].forEach(function (f) { add('preload', f, 'style'); });
  });
  (${startAppScript})(${JSON.stringify(entries)});
})();
`;
      const ref = this.emitFile({ type: 'asset', name: 'boot.js', source: script });
      const tag = '<script src="/boot.js"></script>';
      if (!source.includes(tag)) this.error('index.html no longer loads /boot.js, which the route preload joins');
      html.source = source.replace(tag, `<script src="/${this.getFileName(ref)}"></script>`);
    },
  };
}
