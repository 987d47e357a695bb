import { resolve } from 'node:path';
import type { CodeSplittingOptions } from 'rolldown';

/**
 * Few, larger chunks instead of the bundler's ~80 small shared ones. The admin app is served over
 * HTTP/1.1 (six connections per host), so a cold load of ~35 tiny modulepreloads plus ~40 more for
 * the page queued for ~1 s; four or five files download in one round.
 *
 * - `app`: what the entry imports plus the sign-in page, so signing in needs one chunk (and no second
 *   waterfall for its page) and stays within its budget (≤ 250 KB Brotli, bench/web/README.md).
 * - `frame`: the signed-in frame (app-layout.tsx: sidebar, palette, live connection) with what it imports.
 * - `shared`: code two or more pages use; what one page alone uses stays in that page's chunk.
 */
export function chunkGroups(root: string): CodeSplittingOptions {
  const src = resolve(root, 'src') + '/';
  const entry = resolve(root, 'src/main.tsx');
  const signIn = resolve(root, 'src/features/auth/routes/login-page.tsx');
  const frame = resolve(root, 'src/app/app-layout.tsx');
  type Context = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };
  let sets: { app: Set<string>; frame: Set<string> } | undefined;
  // The modules a module pulls in with static imports (what must load with it).
  const closure = (id: string, ctx: Context) => {
    const set = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (set.has(next)) continue;
      set.add(next);
      // Only the app's own modules: a package's barrel (Mantine's index) statically lists every
      // component, most of them tree-shaken away. What they import from packages joins the group
      // with them (includeDependenciesRecursively), after tree-shaking.
      stack.push(...(ctx.getModuleInfo(next)?.importedIds ?? []).filter((m) => m.startsWith(src)));
    }
    return set;
  };
  // Computed once from the module graph, on the first call.
  const of = (ctx: Context) =>
    (sets ??= { app: new Set([...closure(entry, ctx), ...closure(signIn, ctx)]), frame: closure(frame, ctx) });
  return {
    groups: [
      { name: (id, ctx) => (of(ctx).app.has(id) ? 'app' : null), priority: 3 },
      { name: (id, ctx) => (of(ctx).frame.has(id) ? 'frame' : null), priority: 2 },
      { name: 'shared', priority: 1, minShareCount: 2 },
    ],
  };
}
