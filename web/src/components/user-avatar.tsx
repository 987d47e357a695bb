import { Avatar, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLivePresence } from '@/lib/live/use-live';
import { avatarColor } from './avatar-color';
import { presenceOf } from './presence';
import classes from './user-avatar.module.css';

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
