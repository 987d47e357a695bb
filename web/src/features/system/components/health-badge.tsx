import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Healthy or not, in words and colour (never colour alone). */
export function HealthBadge({ healthy }: { healthy: boolean }) {
  const { t } = useTranslation('system');
  return (
    <Badge color={healthy ? 'green' : 'red'} variant="light" size="lg">
      {healthy ? t('health.healthy') : t('health.unavailable')}
    </Badge>
  );
}
