import { ActionIcon, Group, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AlertCondition } from '../api/alert-rules';

const comparators = ['gt', 'gte', 'lt', 'lte'] as const;

/** One condition of a rule: metric, optional segment, comparator, threshold, window, guard and clear threshold. */
export function ConditionFields({
  index,
  condition,
  metrics,
  onChange,
  onRemove,
}: {
  index: number;
  condition: AlertCondition;
  metrics: string[];
  onChange: (next: AlertCondition) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('alerts');
  const set = (patch: Partial<AlertCondition>) => onChange({ ...condition, ...patch });
  const n = index + 1;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group grow align="flex-end" wrap="wrap">
          <Select
            label={t('condition.metric', { n })}
            data={metrics.map((m) => ({ value: m, label: t(`metrics.${m}`, { defaultValue: m }) }))}
            value={condition.metric}
            onChange={(v) => set({ metric: v ?? '' })}
            searchable
            allowDeselect={false}
            miw={180}
          />
          <Select
            label={t('condition.comparator')}
            data={comparators.map((c) => ({ value: c, label: t(`comparator.${c}`) }))}
            value={condition.comparator}
            onChange={(v) => set({ comparator: v ?? 'gt' })}
            allowDeselect={false}
            miw={120}
          />
          <NumberInput
            label={t('condition.threshold')}
            value={condition.threshold}
            onChange={(v) => set({ threshold: typeof v === 'number' ? v : 0 })}
            decimalScale={4}
            miw={110}
          />
        </Group>
        <Group grow align="flex-end" wrap="wrap">
          <NumberInput
            label={t('condition.window')}
            value={condition.window_seconds}
            onChange={(v) => set({ window_seconds: typeof v === 'number' ? v : 60 })}
            min={1}
            miw={110}
          />
          <NumberInput
            label={t('condition.minSamples')}
            description={t('condition.minSamplesHelp')}
            value={condition.min_samples}
            onChange={(v) => set({ min_samples: typeof v === 'number' ? v : 0 })}
            min={0}
            miw={110}
          />
          <NumberInput
            label={t('condition.clearThreshold')}
            description={t('condition.clearThresholdHelp')}
            value={
              condition.clear_threshold === null || condition.clear_threshold === undefined
                ? ''
                : condition.clear_threshold
            }
            onChange={(v) => set({ clear_threshold: typeof v === 'number' ? v : null })}
            decimalScale={4}
            miw={110}
          />
        </Group>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('condition.segment')}
            description={t('condition.segmentHelp')}
            placeholder="role:moderator"
            value={condition.segment ?? ''}
            onChange={(e) => set({ segment: e.currentTarget.value === '' ? null : e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('condition.remove', { n })}
              onClick={onRemove}
            >
              <IconTrash size={18} />
            </ActionIcon>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
