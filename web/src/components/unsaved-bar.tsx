import { Button, Group, Paper, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import classes from './unsaved-bar.module.css';

interface UnsavedBarProps {
  onReset: () => void;
  onSave: () => void;
  saving: boolean;
}

/** Discord's "Careful — you have unsaved changes!" bar, pinned to the bottom while a role is edited. */
export function UnsavedBar({ onReset, onSave, saving }: UnsavedBarProps) {
  const { t } = useTranslation('roles');
  // Ctrl/Cmd+S saves, also from inside a field.
  useHotkeys([['mod+S', () => !saving && onSave()]], []);
  return (
    <Paper
      className={classes.bar}
      shadow="lg"
      radius="md"
      p="sm"
      role="region"
      aria-label={t('unsaved.label')}
      data-testid="unsaved-bar"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm" fw={500}>
          {t('unsaved.message')}
        </Text>
        <Group gap="xs">
          <Button variant="subtle" color="gray" onClick={onReset}>
            {t('unsaved.reset')}
          </Button>
          <Button color="green.8" onClick={onSave} loading={saving}>
            {t('unsaved.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
