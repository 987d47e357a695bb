import type { Icon } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Permission } from '@/lib/api/types';

/** What the app hands every page; only the stand-alone pages (sign-in, set-up) show the toolbar. */
export interface PageProps {
  toolbar: ReactNode;
}

export interface FeatureRoute {
  /** Relative to the app root; '' is the index page. */
  path: string;
  /** Signed-in pages sit in the app frame; public ones (sign-in, set-up) stand alone. */
  public?: boolean;
  /** The permission the page needs; a page without one is open to every signed-in admin. */
  permission?: Permission;
  /** The document title (WCAG 2.4.2), a key of the common namespace. */
  titleKey: ParseKeys;
  /** Loads the page's module when the route is first visited, so each page is its own chunk. */
  page: () => Promise<ComponentType<PageProps>>;
}

export interface FeatureNav {
  to: string;
  labelKey: ParseKeys;
  icon: Icon;
  /** Position in the sidebar and the command palette, lowest first. */
  order: number;
  permission?: Permission;
}

/**
 * A tab a feature adds to a member's profile (moderation adds "Moderation"): the Users feature shows
 * every contributed tab without importing the feature that contributes it.
 */
export interface MemberTab {
  /** The tab's value in the `?tab=` query parameter. */
  value: string;
  /** The label, as a function so each feature reads its own translation namespace. */
  useLabel: () => string;
  icon: Icon;
  /** Who sees the tab; the server checks again on every call the tab makes. */
  permission?: Permission;
  component: LazyExoticComponent<ComponentType<{ memberId: string }>>;
}

/**
 * Items a feature adds to the ⋯ menu of a members-list row (moderation adds warn / mute / ban): the
 * Users feature renders them inside its menu without importing the feature that contributes them.
 */
export interface MemberMenuItems {
  /** Who sees the items; the server checks again on every call they lead to. */
  permission?: Permission;
  /** Renders `Menu.Item`s for the member. */
  component: ComponentType<{ member: { id: string; display_name: string } }>;
}

/**
 * A card a feature adds to the dashboard (analytics adds its live tiles): the dashboard shows every
 * contributed card the admin may see, without importing the features that contribute them.
 */
export interface DashboardCard {
  id: string;
  /** Who sees the card; the server checks again on every call the card makes. */
  permission?: Permission;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * A feature of the web app, declared once in its folder's `feature.ts`: the router, the sidebar,
 * the command palette and the document title all read it, so a new feature is wired in by its own folder.
 */
export interface Feature {
  /** The folder name, the same as the server feature's where they are the same feature. */
  name: string;
  routes: readonly FeatureRoute[];
  nav?: FeatureNav;
  memberTabs?: readonly MemberTab[];
  memberMenuItems?: readonly MemberMenuItems[];
  dashboardCards?: readonly DashboardCard[];
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
