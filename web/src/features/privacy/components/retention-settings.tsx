import { Button, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useRetention, useSetRetention } from '../api/retention';
import type { RetentionSetting } from '../api/types';

/** How long each category of data is kept; the server deletes what is older, once per cluster. */
export function RetentionSettings() {
  const { t } = useTranslation('privacy');
  const query = useRetention();
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      {query.data.items.map((s) => (
        <RetentionRow key={s.category} setting={s} />
      ))}
    </Stack>
  );
}

function RetentionRow({ setting }: { setting: RetentionSetting }) {
  const { t } = useTranslation('privacy');
  const save = useSetRetention();
  const [days, setDays] = useState<number | string>(setting.days);
  const changed = Number(days) !== setting.days;
  return (
    <Group align="flex-end" wrap="wrap">
      <NumberInput
        label={t(`retention.categories.${setting.category}`, { defaultValue: setting.category })}
        description={t('retention.default', { days: setting.default_days })}
        min={1}
        max={3650}
        value={days}
        onChange={setDays}
        suffix={` ${t('retention.days')}`}
        w={260}
      />
      <Button
        variant="default"
        disabled={!changed}
        loading={save.isPending}
        onClick={() =>
          save.mutate(
            { category: setting.category, days: Number(days) },
            {
              onSuccess: () => notifications.show({ color: 'green', message: t('retention.saved') }),
              onError: (e) => notifications.show({ color: 'red', title: t('retention.failed'), message: e.message }),
            },
          )
        }
      >
        {t('save')}
      </Button>
      {setting.updated_at === null && (
        <Text size="xs" c="dimmed">
          {t('retention.usingDefault')}
        </Text>
      )}
    </Group>
  );
}
