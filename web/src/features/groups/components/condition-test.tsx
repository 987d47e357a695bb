import { Autocomplete, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupCondition } from '../api/group-rules';
import { conditionTypes, defaultTest, type ConditionType } from './condition-defaults';

/** One test of the condition tree: its type, then the fields that type uses. */
export function ConditionTest({
  value,
  onChange,
  roleNames,
  label,
}: {
  value: GroupCondition;
  onChange: (next: GroupCondition) => void;
  roleNames: string[];
  label: string;
}) {
  const { t } = useTranslation('groups');
  const type = (value.type ?? 'has_tag') as ConditionType;
  const num = (key: 'window_days' | 'at_least' | 'keep_at_least' | 'at_most' | 'days', min = 0) => (
    <NumberInput
      label={t(`fields.${key}`)}
      min={min}
      w={130}
      value={value[key] ?? ''}
      onChange={(n) => onChange({ ...value, [key]: typeof n === 'number' ? n : null })}
    />
  );
  let fields;
  if (type === 'active_minutes')
    fields = (
      <>
        {num('window_days', 1)}
        {num('at_least')}
        {num('keep_at_least')}
      </>
    );
  else if (type === 'sanctions')
    fields = (
      <>
        {num('window_days', 1)}
        <Select
          label={t('fields.bound')}
          w={130}
          allowDeselect={false}
          data={[
            { value: 'at_least', label: t('fields.at_least_count') },
            { value: 'at_most', label: t('fields.at_most') },
          ]}
          value={value.at_most !== undefined && value.at_most !== null ? 'at_most' : 'at_least'}
          onChange={(b) => {
            const n = value.at_least ?? value.at_most ?? 0;
            onChange({ ...value, at_least: b === 'at_least' ? n : null, at_most: b === 'at_most' ? n : null });
          }}
        />
        {value.at_most !== undefined && value.at_most !== null ? num('at_most') : num('at_least')}
      </>
    );
  else if (type === 'joined_before' || type === 'joined_after' || type === 'last_seen_before') fields = num('days');
  else if (type === 'has_tag' || type === 'lacks_tag')
    fields = (
      <TextInput
        label={t('fields.tag')}
        value={value.tag ?? ''}
        onChange={(e) => onChange({ ...value, tag: e.currentTarget.value })}
      />
    );
  else if (type === 'has_role' || type === 'lacks_role')
    fields = (
      <Autocomplete
        label={t('fields.role')}
        data={roleNames}
        value={value.role ?? ''}
        onChange={(role) => onChange({ ...value, role })}
      />
    );
  else if (type === 'invite_used')
    fields = (
      <TextInput
        label={t('fields.invite')}
        placeholder={t('fields.anyInvite')}
        value={value.value ?? ''}
        // An empty code means any invite: the field is left out rather than sent empty.
        onChange={(e) =>
          onChange({ ...value, value: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })
        }
      />
    );
  else
    fields = (
      <TextInput
        label={t(`fields.${type === 'region' ? 'region' : 'version'}`)}
        value={value.value ?? ''}
        onChange={(e) => onChange({ ...value, value: e.currentTarget.value })}
      />
    );
  return (
    <Group gap="xs" align="end" wrap="wrap" aria-label={label} role="group">
      <Select
        label={t('fields.type')}
        w={220}
        allowDeselect={false}
        data={conditionTypes.map((c) => ({ value: c, label: t(`types.${c}`) }))}
        value={type}
        onChange={(next) => next && onChange(defaultTest(next as ConditionType))}
      />
      {fields}
    </Group>
  );
}
