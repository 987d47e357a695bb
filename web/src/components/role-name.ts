import type { CSSProperties } from 'react';
import { readableOn, surfaces } from '@/lib/contrast';

/** The colour of a member's highest coloured role (roles come highest first), as Discord colours names. */
export function topRoleColor(roles: readonly { color?: string | null }[]): string | undefined {
  return roles.find((r) => r.color)?.color ?? undefined;
}

type RoleNameProps = { className?: string; style?: CSSProperties };

// Per colour, computed once: a community has a few role colours and Who's online renders hundreds of
// names in them (the search for a readable shade was ~25 ms of its first named render, bench/web/README.md).
const byColor = new Map<string, RoleNameProps>();

/**
 * Props that colour a name with its role colour, adjusted per theme so it stays readable (WCAG AA)
 * on every surface it can sit on; no colour, no change.
 */
export function roleNameProps(color: string | undefined): RoleNameProps {
  if (!color) return {};
  let props = byColor.get(color);
  if (!props) {
    props = {
      className: 'gh-role-name',
      style: {
        '--gh-name-light': readableOn(color, surfaces.light),
        '--gh-name-dark': readableOn(color, surfaces.dark),
      } as CSSProperties,
    };
    byColor.set(color, props);
  }
  return props;
}
