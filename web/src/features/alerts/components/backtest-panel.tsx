import { Alert, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AlertRuleInput } from '../api/alert-rules';
import { useBacktest } from '../api/backtest';

/** How often the draft would have fired over the last day and week, replayed from the stored rollups as it is edited. */
export function BacktestPanel({ draft }: { draft: AlertRuleInput }) {
  const { t } = useTranslation('alerts');
  const [settled] = useDebouncedValue(draft, 400);
  const backtest = useBacktest((settled.conditions?.length ?? 0) > 0 ? settled : undefined);
  let body;
  if (backtest.isFetching) body = <Loader size="xs" aria-label={t('backtest.running')} />;
  else if (backtest.isError) body = <Text size="sm">{t('backtest.invalid')}</Text>;
  else if (backtest.data)
    body = (
      <Group gap="lg">
        <Text size="sm">{t('backtest.day', { count: backtest.data.last_day.fired })}</Text>
        <Text size="sm">{t('backtest.week', { count: backtest.data.last_week.fired })}</Text>
      </Group>
    );
  return (
    <Alert variant="light" icon={<IconHistory size={18} />} title={t('backtest.title')} aria-live="polite">
      {body}
    </Alert>
  );
}
