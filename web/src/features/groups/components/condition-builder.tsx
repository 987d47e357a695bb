import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFolderPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GroupCondition } from '../api/group-rules';
import { defaultTest, isGroup } from './condition-defaults';
import { ConditionTest } from './condition-test';

/**
 * The condition tree as an admin builds it: a group (all / any) of tests, and groups nested one level
 * below the root (the server accepts three levels; two cover "A and (B or C)").
 */
export function ConditionBuilder({
  value,
  onChange,
  roleNames,
  depth = 0,
  onRemove,
}: {
  value: GroupCondition;
  onChange: (next: GroupCondition) => void;
  roleNames: string[];
  depth?: number;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('groups');
  const children = value.conditions ?? [];
  const set = (i: number, next: GroupCondition) =>
    onChange({ ...value, conditions: children.map((c, j) => (j === i ? next : c)) });
  const remove = (i: number) => onChange({ ...value, conditions: children.filter((_, j) => j !== i) });
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('builder.match')}
            value={value.op ?? 'and'}
            onChange={(op) => onChange({ ...value, op })}
            data={[
              { value: 'and', label: t('builder.all') },
              { value: 'or', label: t('builder.any') },
            ]}
          />
          {onRemove && (
            <ActionIcon variant="subtle" color="red" aria-label={t('builder.removeGroup')} onClick={onRemove}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
        {children.length === 0 && <Text size="sm">{t('builder.empty')}</Text>}
        {children.map((child, i) =>
          isGroup(child) ? (
            <ConditionBuilder
              key={i}
              value={child}
              depth={depth + 1}
              roleNames={roleNames}
              onChange={(next) => set(i, next)}
              onRemove={() => remove(i)}
            />
          ) : (
            <Group key={i} align="end" gap="xs" wrap="nowrap">
              <ConditionTest
                value={child}
                roleNames={roleNames}
                label={t('builder.test', { n: i + 1 })}
                onChange={(next) => set(i, next)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={4}
                aria-label={t('builder.removeTest', { n: i + 1 })}
                onClick={() => remove(i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ),
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange({ ...value, conditions: [...children, defaultTest('has_tag')] })}
          >
            {t('builder.addTest')}
          </Button>
          {depth === 0 && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconFolderPlus size={14} />}
              onClick={() =>
                onChange({ ...value, conditions: [...children, { op: 'or', conditions: [defaultTest('has_tag')] }] })
              }
            >
              {t('builder.addGroup')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
