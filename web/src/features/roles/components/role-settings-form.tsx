import { ColorInput, MultiSelect, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@/lib/api/types';
import type { RoleDraft } from './role-draft';
import { roleSwatches } from './swatches';

interface RoleSettingsFormProps {
  draft: RoleDraft;
  onChange: (next: RoleDraft) => void;
  role: Role;
  roles: Role[];
  readOnly: boolean;
  errors: Record<string, string>;
}

/** Name, colour, description, hoist and inherited roles. */
export function RoleSettingsForm({ draft, onChange, role, roles, readOnly, errors }: RoleSettingsFormProps) {
  const { t } = useTranslation('roles');
  return (
    <Stack gap="sm" maw={640}>
      <TextInput
        label={t('fields.name')}
        description={role.is_system ? t('settings.systemName') : undefined}
        value={draft.name}
        onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })}
        disabled={readOnly || role.is_system}
        error={errors.name}
        required
      />
      <ColorInput
        label={t('fields.color')}
        description={t('settings.colorHelp')}
        value={draft.color}
        onChange={(color) => onChange({ ...draft, color })}
        format="hex"
        swatches={roleSwatches}
        swatchesPerRow={10}
        disabled={readOnly}
        error={errors.color}
        placeholder="#99aab5"
      />
      <Textarea
        label={t('fields.description')}
        value={draft.description}
        onChange={(e) => onChange({ ...draft, description: e.currentTarget.value })}
        autosize
        minRows={2}
        disabled={readOnly}
        error={errors.description}
      />
      <Switch
        label={t('fields.hoist')}
        description={t('settings.hoistHelp')}
        checked={draft.hoist}
        onChange={(e) => onChange({ ...draft, hoist: e.currentTarget.checked })}
        disabled={readOnly}
      />
      <MultiSelect
        label={t('fields.inherits')}
        description={t('settings.inheritsHelp')}
        data={roles.filter((r) => r.id !== role.id).map((r) => ({ value: r.id, label: r.name }))}
        value={draft.inherits}
        onChange={(inherits) => onChange({ ...draft, inherits })}
        searchable
        disabled={readOnly}
        error={errors.inherits}
      />
    </Stack>
  );
}
