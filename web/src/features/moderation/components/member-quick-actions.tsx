import { Menu } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconMicrophoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const actions = [
  { action: 'warn', icon: IconAlertTriangle },
  { action: 'mute', icon: IconMicrophoneOff },
  { action: 'ban', icon: IconBan },
] as const;

/**
 * Quick actions in a members-list row's menu: each opens the member's Moderation tab with that action
 * chosen, where the reason, duration and the suggested next step are (a sanction always needs a reason).
 */
export function MemberQuickActions({ member }: { member: { id: string; display_name: string } }) {
  const { t } = useTranslation('moderation');
  const navigate = useNavigate();
  return (
    <>
      {actions.map(({ action, icon: Icon }) => (
        <Menu.Item
          key={action}
          leftSection={<Icon size={16} />}
          color={action === 'ban' ? 'red' : undefined}
          onClick={() => void navigate(`/members/${member.id}?tab=moderation&action=${action}`)}
        >
          {t('quick', { kind: t(`kinds.${action}`) })}
        </Menu.Item>
      ))}
    </>
  );
}
