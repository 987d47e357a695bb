import { Autocomplete, Button, Group, Modal, SegmentedControl, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useGroupPreview, useSaveGroupRule, type GroupCondition, type GroupRule } from '../api/group-rules';
import { emptyRoot } from './condition-defaults';
import { ConditionBuilder } from './condition-builder';
import { PreviewPanel } from './preview-panel';

/** Create or edit a rule: target, condition tree, dry run, with the live preview under it. */
export function RuleEditor({
  rule,
  roleNames,
  roleName,
  onClose,
}: {
  rule?: GroupRule;
  roleNames: string[];
  roleName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const save = useSaveGroupRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [action, setAction] = useState(rule?.action ?? 'add');
  const [kind, setKind] = useState<'role' | 'tag'>(rule?.tag ? 'tag' : 'role');
  const [role, setRole] = useState(rule?.role ? roleName(rule.role) : '');
  const [tag, setTag] = useState(rule?.tag ?? '');
  const [dryRun, setDryRun] = useState(rule?.dry_run ?? false);
  const [condition, setCondition] = useState<GroupCondition>(() => rule?.condition ?? emptyRoot());
  const target = kind === 'role' ? { role: role.trim(), tag: null } : { tag: tag.trim(), role: null };
  const draft = useMemo(
    () => ({ name, action, condition, rule_id: rule?.id ?? null, ...target }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- target is derived from kind/role/tag
    [name, action, condition, rule?.id, kind, role, tag],
  );
  const [debounced] = useDebouncedValue(draft, 400);
  const ready = [debounced.role, debounced.tag].some((v) => typeof v === 'string' && v !== '');
  const preview = useGroupPreview(ready ? debounced : undefined);

  const submit = () =>
    save.mutate(
      {
        id: rule?.id,
        version: rule?.version,
        input: { name, action, condition, dry_run: dryRun, paused: rule?.paused ?? false, ...target },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('editor.saved') });
          onClose();
        },
        onError: (e) => notifications.show({ color: 'red', message: errorMessage(e).detail }),
      },
    );

  return (
    <Modal opened onClose={onClose} size="xl" title={rule ? t('editor.editTitle') : t('editor.createTitle')}>
      <Stack gap="md">
        <TextInput label={t('editor.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Group gap="md" wrap="wrap" align="end">
          <SegmentedControl
            aria-label={t('editor.action')}
            value={action}
            onChange={setAction}
            data={[
              { value: 'add', label: t('actions.add') },
              { value: 'remove', label: t('actions.remove') },
            ]}
          />
          <SegmentedControl
            aria-label={t('editor.kind')}
            value={kind}
            onChange={(k) => setKind(k as 'role' | 'tag')}
            data={[
              { value: 'role', label: t('editor.role') },
              { value: 'tag', label: t('editor.tag') },
            ]}
          />
          {kind === 'role' ? (
            <Autocomplete label={t('editor.role')} data={roleNames} value={role} onChange={setRole} />
          ) : (
            <TextInput label={t('editor.tag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
          )}
        </Group>
        <ConditionBuilder value={condition} onChange={setCondition} roleNames={roleNames} />
        <Switch
          label={t('editor.dryRun')}
          description={t('editor.dryRunHelp')}
          checked={dryRun}
          onChange={(e) => setDryRun(e.currentTarget.checked)}
        />
        <PreviewPanel preview={preview.data} pending={preview.isFetching} error={preview.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('editor.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
