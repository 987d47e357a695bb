import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccess } from '@/lib/auth/use-access';

/** Reports and the moderation log are two views of one sidebar entry; these tabs switch between them. */
export function ModerationTabs({ current }: { current: '/reports' | '/moderation-log' }) {
  const { t } = useTranslation('moderation');
  const navigate = useNavigate();
  const access = useAccess();
  return (
    <Tabs value={current} onChange={(v) => v && void navigate(v)} mb="md">
      <Tabs.List>
        {access?.can('reports.manage') && <Tabs.Tab value="/reports">{t('reports.title')}</Tabs.Tab>}
        {access?.can('moderation.read') && <Tabs.Tab value="/moderation-log">{t('log.title')}</Tabs.Tab>}
      </Tabs.List>
    </Tabs>
  );
}
