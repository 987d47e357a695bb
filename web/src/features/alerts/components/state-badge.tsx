import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = { normal: 'gray', pending: 'yellow', firing: 'red', resolved: 'green' };

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation('alerts');
  return (
    <Badge color={colors[state] ?? 'gray'} variant={state === 'firing' ? 'filled' : 'light'}>
      {t(`state.${state}`, { defaultValue: state })}
    </Badge>
  );
}
