import { Avatar, Box, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { presenceOf } from './presence';
import classes from './user-avatar.module.css';

interface UserAvatarProps {
  name: string;
  src?: string | null;
  status?: string;
  size?: number;
}

/** An avatar with Discord's presence dot in the corner (online green, idle yellow, dnd red, offline grey). */
export function UserAvatar({ name, src, status, size = 32 }: UserAvatarProps) {
  const { t } = useTranslation();
  const presence = status === undefined ? undefined : presenceOf(status);
  const dot = Math.max(10, Math.round(size * 0.34));
  return (
    <Box className={classes.root} w={size} h={size}>
      <Avatar src={src || null} alt="" size={size} radius="xl" color="initials" name={name} />
      {presence && (
        <Tooltip label={t(`presence.${presence}`)} withArrow openDelay={300}>
          <span
            className={classes.dot}
            data-presence={presence}
            role="img"
            aria-label={t(`presence.${presence}`)}
            style={{ width: dot, height: dot }}
          />
        </Tooltip>
      )}
    </Box>
  );
}
