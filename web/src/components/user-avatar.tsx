import { Avatar, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLivePresence } from '@/lib/live/use-live';
import { presenceOf } from './presence';
import classes from './user-avatar.module.css';

// Dark enough for white initials in both schemes (WCAG AA), like Discord's default avatars.
const avatarColors = ['blurple.7', 'teal.9', 'grape.8', 'red.9', 'pink.9', 'cyan.9', 'indigo.8', 'violet.9'];

function avatarColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return avatarColors[Math.abs(hash) % avatarColors.length] ?? 'blurple.7';
}

interface UserAvatarProps {
  name: string;
  src?: string | null;
  status?: string;
  /** The user shown: the dot then follows their live presence, `status` being the fallback. */
  userId?: string;
  size?: number;
}

/** An avatar with Discord's presence dot in the corner (online green, idle yellow, dnd red, offline grey). */
export function UserAvatar({ name, src, status, userId, size = 32 }: UserAvatarProps) {
  const { t } = useTranslation();
  const shown = useLivePresence(userId, { status })?.status ?? status;
  const presence = shown === undefined ? undefined : presenceOf(shown);
  const dot = Math.max(10, Math.round(size * 0.34));
  return (
    <Box className={classes.root} w={size} h={size}>
      <Avatar src={src || null} alt="" size={size} radius="xl" variant="filled" color={avatarColor(name)} name={name} />
      {presence && (
        <span
          className={classes.dot}
          data-presence={presence}
          role="img"
          aria-label={t(`presence.${presence}`)}
          title={t(`presence.${presence}`)}
          style={{ width: dot, height: dot }}
        />
      )}
    </Box>
  );
}
