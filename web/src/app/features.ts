import type { DashboardCard, Feature, FeatureNav, MemberMenuItems, MemberTab } from '@/lib/feature';

/**
 * Every feature folder's `feature.ts`, found by the build: adding a folder with one adds its routes,
 * its sidebar entry and its palette entry, with no list to edit here.
 */
const modules = import.meta.glob<{ feature: Feature }>('../features/*/feature.ts', { eager: true });

export const features: readonly Feature[] = Object.values(modules).map((m) => m.feature);

export const navItems: readonly FeatureNav[] = features
  .flatMap((f) => (f.nav ? [f.nav] : []))
  .sort((a, b) => a.order - b.order);

export const memberTabs: readonly MemberTab[] = features.flatMap((f) => f.memberTabs ?? []);

export const memberMenuItems: readonly MemberMenuItems[] = features.flatMap((f) => f.memberMenuItems ?? []);
export const dashboardCards: readonly DashboardCard[] = features.flatMap((f) => f.dashboardCards ?? []);
