import { readdirSync } from 'node:fs';
import { features, memberMenuItems, memberTabs, navItems } from './features';

const folders = readdirSync(`${process.cwd()}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('feature declarations', () => {
  it('has one declaration per feature folder, named after its folder', () => {
    expect(features.map((f) => f.name).sort()).toEqual(folders);
  });

  it('declares every path once', () => {
    const paths = features.flatMap((f) => f.routes.map((r) => r.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives the sidebar and the palette each navigation entry once, in order, pointing at a declared route', () => {
    const paths = new Set(features.flatMap((f) => f.routes.map((r) => `/${r.path}`)));
    expect(navItems.map((n) => n.to)).toEqual([
      '/',
      '/members',
      '/analytics',
      '/online',
      '/reports',
      '/roles',
      '/audit',
      '/alerts',
      '/privacy',
      '/groups',
      '/scheduled-reports',
      '/webhooks',
      '/api-keys',
      '/invites',
      '/security',
      '/system',
      '/backups',
      '/settings',
    ]);
    for (const item of navItems) expect(paths).toContain(item.to);
  });

  it('guards a navigation entry with the permission of the page it opens', () => {
    for (const f of features) {
      if (!f.nav) continue;
      const route = f.routes.find((r) => `/${r.path}` === f.nav?.to);
      expect(route?.permission).toBe(f.nav.permission);
    }
  });

  it('collects the profile tabs other features contribute, each once and guarded by a permission', () => {
    expect(memberTabs.map((x) => x.value)).toEqual(['security', 'moderation', 'privacy']);
    for (const tab of memberTabs) expect(tab.permission).toBeDefined();
  });

  it('collects the members-list menu items other features contribute, each guarded by a permission', () => {
    expect(memberMenuItems).toHaveLength(1);
    for (const items of memberMenuItems) expect(items.permission).toBeDefined();
  });
});
