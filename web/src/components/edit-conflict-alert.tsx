import { Alert, Button, Group, Text, type MantineSpacing } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EditConflictAlertProps {
  title: string;
  /** What changed on the server meanwhile (version, fields). */
  children: ReactNode;
  keepMineLabel: string;
  takeTheirsLabel: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** The re-applied save is running. */
  saving?: boolean;
  /** Neither choice is possible yet (the newer version is still loading). */
  disabled?: boolean;
  mb?: MantineSpacing;
  'data-testid'?: string;
}

/**
 * Someone else saved the same thing while this admin was editing (412 on the version): say so
 * and offer the two ways out — re-apply my changes on top of theirs, or take theirs and drop mine.
 * One component, so every editor words and orders the choice the same way.
 */
export function EditConflictAlert(props: EditConflictAlertProps) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconGitMerge size={18} />}
      title={props.title}
      mb={props.mb}
      role="alert"
      data-testid={props['data-testid']}
    >
      <Text size="sm">{props.children}</Text>
      <Group mt="sm" gap="xs">
        <Button size="xs" onClick={props.onKeepMine} loading={props.saving} disabled={props.disabled}>
          {props.keepMineLabel}
        </Button>
        <Button size="xs" variant="default" onClick={props.onTakeTheirs} disabled={props.disabled}>
          {props.takeTheirsLabel}
        </Button>
      </Group>
    </Alert>
  );
}
