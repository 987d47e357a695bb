import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportView } from '../api/scheduled-reports';

/** The metrics the analytics summary can show (the server's catalogue; unknown names are refused with a 400). */
const METRICS = [
  'active_users',
  'online_now',
  'sessions',
  'sign_ups',
  'sign_ins',
  'sign_in_failures',
  'events',
  'requests',
  'errors_4xx',
  'errors_5xx',
  'error_rate_4xx',
  'error_rate_5xx',
  'latency_p50',
  'latency_p95',
  'latency_p99',
] as const;

const SANCTIONS = ['warn', 'mute', 'kick', 'ban'] as const;

interface ViewFieldsProps {
  kind: string;
  view: ReportView;
  errors: Record<string, string>;
  onChange: (view: ReportView) => void;
}

/** The filters of the saved view; which ones show depends on the report's kind. */
export function ViewFields({ kind, view, errors, onChange }: ViewFieldsProps) {
  const { t } = useTranslation('scheduled-reports');
  const set = (patch: Partial<ReportView>) => onChange({ ...view, ...patch });
  const text = (v: string) => (v.trim() === '' ? null : v);
  if (kind === 'members')
    return (
      <>
        <TextInput
          label={t('view.role')}
          value={view.role ?? ''}
          error={errors['view.role']}
          onChange={(e) => set({ role: text(e.currentTarget.value) })}
        />
        <TextInput
          label={t('view.tag')}
          value={view.tag ?? ''}
          error={errors['view.tag']}
          onChange={(e) => set({ tag: text(e.currentTarget.value) })}
        />
        <Select
          label={t('view.state')}
          clearable
          value={view.state ?? null}
          onChange={(v) => set({ state: v })}
          data={(['active', 'banned', 'disabled'] as const).map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
      </>
    );
  if (kind === 'moderation')
    return (
      <MultiSelect
        label={t('view.sanctionKinds')}
        description={t('view.sanctionKindsHelp')}
        value={[...(view.sanction_kinds ?? [])]}
        error={errors['view.sanction_kinds']}
        onChange={(v) => set({ sanction_kinds: v.length === 0 ? null : v })}
        data={SANCTIONS.map((s) => ({ value: s, label: t(`sanctions.${s}`) }))}
      />
    );
  if (kind === 'analytics')
    return (
      <>
        <MultiSelect
          label={t('view.metrics')}
          required
          searchable
          value={[...(view.metrics ?? [])]}
          error={errors['view.metrics']}
          onChange={(v) => set({ metrics: v })}
          data={[...METRICS]}
        />
        <TextInput
          label={t('view.segment')}
          description={t('view.segmentHelp')}
          value={view.segment ?? ''}
          error={errors['view.segment']}
          onChange={(e) => set({ segment: text(e.currentTarget.value) })}
        />
      </>
    );
  return (
    <TextInput
      label={t('view.actionPrefix')}
      description={t('view.actionPrefixHelp')}
      value={view.action_prefix ?? ''}
      error={errors['view.action_prefix']}
      onChange={(e) => set({ action_prefix: text(e.currentTarget.value) })}
    />
  );
}
