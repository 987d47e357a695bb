import type { CSSProperties } from 'react';
import { readableOn, surfaces } from '@/lib/contrast';

/** The colour of a member's highest coloured role (roles come highest first), as Discord colours names. */
export function topRoleColor(roles: readonly { color?: string | null }[]): string | undefined {
  return roles.find((r) => r.color)?.color ?? undefined;
}

/**
 * Props that colour a name with its role colour, adjusted per theme so it stays readable (WCAG AA)
 * on every surface it can sit on; no colour, no change.
 */
export function roleNameProps(color: string | undefined): { className?: string; style?: CSSProperties } {
  if (!color) return {};
  return {
    className: 'gh-role-name',
    style: {
      '--gh-name-light': readableOn(color, surfaces.light),
      '--gh-name-dark': readableOn(color, surfaces.dark),
    } as CSSProperties,
  };
}
