import { resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { declaredRoutes, matchScript } from '../../scripts/vite-route-preload';
import { features } from './features';

// The build reads each feature.ts's routes from its syntax (scripts/vite-route-preload.ts) to preload
// the page an address opens; these guard that reading against what the app really declares.
const sources = import.meta.glob<string>('../features/*/feature.ts', { query: '?raw', import: 'default', eager: true });

describe('route preload', () => {
  it('reads every route the features declare, with its page module and whether it is public', () => {
    const read = Object.entries(sources).flatMap(([file, code]) =>
      declaredRoutes(parseAst(code, { lang: 'ts' }) as never, resolve(__dirname, file)),
    );
    const declared = features.flatMap((f) => f.routes);
    expect(read.map((r) => [r.path, r.public])).toEqual(declared.map((r) => [r.path, r.public ?? false]));
    for (const route of read) expect(route.page).toMatch(/\/src\/features\/[^/]+\/.+\.tsx?$/);
    expect(read.find((r) => r.path === 'online')?.page).toBe(
      resolve(__dirname, '../features/presence/routes/online-page.tsx'),
    );
  });

  it('matches an address as the router does: static segments before parameters', () => {
    // The script the build ships, tested as shipped.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const make = new Function(`return (${matchScript})`) as () => (routes: string[][], path: string) => string[] | null;
    const match = make();
    const routes = [[''], ['members'], ['members/:id'], ['members/import'], ['online']];
    expect(match(routes, '/')?.[0]).toBe('');
    expect(match(routes, '/online/')?.[0]).toBe('online');
    expect(match(routes, '/members/import')?.[0]).toBe('members/import');
    expect(match(routes, '/members/0190')?.[0]).toBe('members/:id');
    expect(match(routes, '/nowhere')).toBeNull();
    expect(match(routes, '/members/0190/extra')).toBeNull();
  });
});
