import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccess } from '@/lib/auth/use-access';

const views = [
  { to: '/reports', labelKey: 'reports.title', permission: 'reports.manage' },
  { to: '/moderation-log', labelKey: 'log.title', permission: 'moderation.read' },
] as const;

/** Reports and the moderation log are two views of one sidebar entry; these links switch between them. */
export function ModerationTabs({ current }: { current: '/reports' | '/moderation-log' }) {
  const { t } = useTranslation('moderation');
  const access = useAccess();
  return (
    <Group component="nav" aria-label={t('views')} gap="xs" mb="md">
      {views
        .filter((v) => access?.can(v.permission))
        .map((v) => (
          <Button
            key={v.to}
            component={Link}
            to={v.to}
            size="xs"
            variant={v.to === current ? 'light' : 'subtle'}
            aria-current={v.to === current ? 'page' : undefined}
          >
            {t(v.labelKey)}
          </Button>
        ))}
    </Group>
  );
}
