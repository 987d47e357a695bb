import { Badge } from '@mantine/core';
import classes from './role-chip.module.css';

interface RoleChipProps {
  name: string;
  color?: string | null;
  size?: 'xs' | 'sm' | 'md';
}

/** Discord's role pill: the role's colour as a dot, the name in readable text whatever the colour. */
export function RoleChip({ name, color, size = 'sm' }: RoleChipProps) {
  return (
    <Badge
      className={classes.chip}
      size={size}
      variant="outline"
      radius="sm"
      leftSection={
        <span className={classes.dot} style={{ background: color ?? 'var(--gh-role-default)' }} aria-hidden />
      }
    >
      {name}
    </Badge>
  );
}
