import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { useAlertChannels } from '../api/alert-channels';
import { useAlertMetrics } from '../api/alert-metrics';
import { useSaveAlertRule, type AlertCondition, type AlertRule, type AlertRuleInput } from '../api/alert-rules';
import { BacktestPanel } from './backtest-panel';
import { ConditionFields } from './condition-fields';

const newCondition = (): AlertCondition => ({
  metric: 'error_rate_5xx',
  comparator: 'gt',
  threshold: 0.01,
  window_seconds: 60,
  min_samples: 20,
  clear_threshold: null,
  segment: null,
});

function draftOf(rule?: AlertRule): AlertRuleInput {
  return {
    name: rule?.name ?? '',
    description: rule?.description ?? null,
    enabled: rule?.enabled ?? true,
    match: rule?.match ?? 'all',
    conditions: rule ? [...rule.conditions] : [newCondition()],
    for_seconds: rule?.for_seconds ?? 60,
    keep_firing_seconds: rule?.keep_firing_seconds ?? 60,
    channel_ids: rule ? [...rule.channel_ids] : [],
  };
}

/** Creates or edits a rule; the backtest below the conditions follows every edit. */
export function RuleEditor({ rule, opened, onClose }: { rule?: AlertRule; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('alerts');
  const { t: tc } = useTranslation();
  const metrics = useAlertMetrics().data?.metrics ?? [];
  const channels = useAlertChannels().data?.items ?? [];
  const save = useSaveAlertRule();
  const [draft, setDraft] = useState<AlertRuleInput>(() => draftOf(rule));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<AlertRuleInput>) => setDraft((d) => ({ ...d, ...patch }));
  const conditions = draft.conditions as AlertCondition[];

  const submit = () =>
    save.mutate(
      { id: rule?.id, version: rule?.version, input: draft },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('editor.saved') });
          onClose();
        },
        onError: (e) => {
          setErrors(e instanceof ApiError ? e.fieldErrors : {});
          notifications.show({ color: 'red', message: errorMessage(e).detail });
        },
      },
    );

  return (
    <Modal opened={opened} onClose={onClose} title={rule ? t('editor.editTitle') : t('editor.createTitle')} size="xl">
      <Stack gap="sm">
        <TextInput
          label={t('editor.name')}
          required
          value={draft.name ?? ''}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="alert-match-label">
            {t('editor.match')}
          </Text>
          <SegmentedControl
            aria-labelledby="alert-match-label"
            value={draft.match ?? 'all'}
            onChange={(v) => set({ match: v })}
            data={[
              { value: 'all', label: t('editor.matchAll') },
              { value: 'any', label: t('editor.matchAny') },
            ]}
          />
        </Stack>
        {conditions.map((c, i) => (
          <ConditionFields
            key={i}
            index={i}
            condition={c}
            metrics={metrics}
            onChange={(next) => set({ conditions: conditions.map((x, k) => (k === i ? next : x)) })}
            onRemove={
              conditions.length > 1 ? () => set({ conditions: conditions.filter((_, k) => k !== i) }) : undefined
            }
          />
        ))}
        {Object.entries(errors)
          .filter(([field]) => field.startsWith('conditions'))
          .map(([field, message]) => (
            <Text key={field} c="red" size="sm">
              {field}: {message}
            </Text>
          ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={conditions.length >= 5}
            onClick={() => set({ conditions: [...conditions, newCondition()] })}
          >
            {t('editor.addCondition')}
          </Button>
        </Group>
        <Group grow wrap="wrap">
          <NumberInput
            label={t('editor.for')}
            description={t('editor.forHelp')}
            min={0}
            value={draft.for_seconds}
            onChange={(v) => set({ for_seconds: typeof v === 'number' ? v : 0 })}
          />
          <NumberInput
            label={t('editor.keepFiring')}
            description={t('editor.keepFiringHelp')}
            min={0}
            value={draft.keep_firing_seconds}
            onChange={(v) => set({ keep_firing_seconds: typeof v === 'number' ? v : 0 })}
          />
        </Group>
        <MultiSelect
          label={t('editor.channels')}
          data={channels.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.channel_ids ?? []}
          onChange={(ids) => set({ channel_ids: ids })}
          placeholder={channels.length === 0 ? t('editor.noChannels') : undefined}
        />
        <BacktestPanel draft={draft} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
