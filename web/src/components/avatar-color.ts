/**
 * A member's default avatar: the colour picked from their name and their initials. Kept apart from
 * user-avatar.tsx (and free of imports) so the boot script's early Who's online (src/shell/early-views.ts)
 * draws the same avatars before the app's code has loaded.
 */

// Dark enough for white initials in both schemes (WCAG AA), like Discord's default avatars.
export const avatarColors = ['blurple.7', 'teal.9', 'grape.8', 'red.9', 'pink.9', 'cyan.9', 'indigo.8', 'violet.9'];

/** Which of `avatarColors` a name gets: the same name, the same colour, everywhere. */
export function avatarColorIndex(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return Math.abs(hash) % avatarColors.length;
}

export function avatarColor(name: string): string {
  return avatarColors[avatarColorIndex(name)] ?? 'blurple.7';
}

/** The initials Mantine's Avatar shows for a name (its getInitials, which @mantine/core does not export). */
export function initialsOf(name: string, limit = 2): string {
  const words = name.split(' ');
  if (words.length === 1) return name.slice(0, limit).toUpperCase();
  return words
    .map((word) => word[0])
    .slice(0, limit)
    .join('')
    .toUpperCase();
}
