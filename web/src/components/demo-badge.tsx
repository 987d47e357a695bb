import { Badge, Tooltip } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useServerInfo } from '@/lib/api/get-server-info';

/** A clear marker when the server runs a simulated community (server-info.demo). */
export function DemoBadge() {
  const { t } = useTranslation('live');
  const info = useServerInfo();
  if (!info.data?.demo) return null;
  return (
    <Tooltip label={t('demo.help')} withArrow multiline w={260}>
      <Badge
        color="yellow"
        variant="filled"
        size="lg"
        radius="sm"
        leftSection={<IconFlask size={14} aria-hidden />}
        data-testid="demo-badge"
        tabIndex={0}
        aria-label={`${t('demo.badge')}. ${t('demo.help')}`}
        styles={{ root: { color: 'var(--mantine-color-black)', textTransform: 'none' } }}
      >
        {t('demo.badge')}
      </Badge>
    </Tooltip>
  );
}
