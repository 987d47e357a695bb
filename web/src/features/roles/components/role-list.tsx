import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Anchor, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconLock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import classes from './role-list.module.css';

interface RoleListProps {
  roles: Role[];
  /** Why a role cannot be moved, or undefined when it can. */
  lockedReason: (role: Role) => string | undefined;
  onReorder: (movableIdsInOrder: string[]) => void;
  busy: boolean;
}

/**
 * Roles, highest first, reorderable by dragging the handle, by keyboard on the handle (Space to
 * lift, arrows to move, Space to drop, Escape to cancel), or with the arrow buttons.
 */
export function RoleList({ roles, lockedReason, onReorder, busy }: RoleListProps) {
  const { t } = useTranslation('roles');
  const movable = roles.filter((r) => !lockedReason(r));
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => roles.find((r) => r.id === id)?.name ?? '';
  const position = (id: unknown) => movable.findIndex((r) => r.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('reorder.picked', { role: nameOf(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('reorder.over', { role: nameOf(active.id), position: position(over.id) }) : t('reorder.outside'),
    onDragEnd: ({ active, over }) =>
      over ? t('reorder.dropped', { role: nameOf(active.id), position: position(over.id) }) : t('reorder.cancelled'),
    onDragCancel: ({ active }) => t('reorder.cancelledRole', { role: nameOf(active.id) }),
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= movable.length || from === to) return;
    onReorder(arrayMove(movable, from, to).map((r) => r.id));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      movable.findIndex((r) => r.id === active.id),
      movable.findIndex((r) => r.id === over.id),
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('reorder.instructions') },
      }}
    >
      <SortableContext items={movable.map((r) => r.id)} strategy={verticalListSortingStrategy}>
        <ol className={classes.list} aria-label={t('list.label')} data-testid="role-list">
          {roles.map((role) => {
            const index = movable.findIndex((r) => r.id === role.id);
            return (
              <RoleRow
                key={role.id}
                role={role}
                locked={lockedReason(role)}
                busy={busy}
                canUp={index > 0}
                canDown={index >= 0 && index < movable.length - 1}
                onUp={() => move(index, index - 1)}
                onDown={() => move(index, index + 1)}
              />
            );
          })}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface RoleRowProps {
  role: Role;
  locked: string | undefined;
  busy: boolean;
  canUp: boolean;
  canDown: boolean;
  onUp: () => void;
  onDown: () => void;
}

function RoleRow({ role, locked, busy, canUp, canDown, onUp, onDown }: RoleRowProps) {
  const { t, i18n } = useTranslation('roles');
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: role.id,
    disabled: !!locked || busy,
  });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={classes.row}
      data-dragging={isDragging || undefined}
      data-testid={`role-row-${role.name}`}
    >
      {locked ? (
        <Tooltip label={locked} multiline w={260}>
          <span
            className={classes.handle}
            tabIndex={0}
            aria-label={t('list.locked', { role: role.name, reason: locked })}
          >
            <IconLock size={16} aria-hidden />
          </span>
        </Tooltip>
      ) : (
        <button
          type="button"
          className={classes.handle}
          aria-label={t('list.drag', { role: role.name })}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={18} aria-hidden />
        </button>
      )}
      <span className={classes.color} style={{ background: role.color ?? 'var(--gh-role-default)' }} aria-hidden />
      <div className={classes.name}>
        <Anchor component={Link} to={`/roles/${role.id}`} fw={600} c="var(--mantine-color-text)" underline="hover">
          {role.name}
        </Anchor>
        {role.description && (
          <Text size="xs" c="dimmed" truncate>
            {role.description}
          </Text>
        )}
      </div>
      <Group gap={6} wrap="nowrap" className={classes.meta}>
        {role.is_system && (
          <Badge size="xs" variant="outline" color="gray">
            {t('list.system')}
          </Badge>
        )}
        {role.hoist && (
          <Badge size="xs" variant="light">
            {t('list.hoisted')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" className={classes.count} aria-label={t('list.members', { count: role.member_count })}>
        <IconUsers size={14} aria-hidden /> {formatNumber(role.member_count, i18n.resolvedLanguage ?? 'en')}
      </Text>
      <Text size="xs" c="dimmed" className={classes.priority}>
        {role.priority}
      </Text>
      <Group gap={2} wrap="nowrap">
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!!locked || !canUp || busy}
          onClick={onUp}
          aria-label={t('list.moveUp', { role: role.name })}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!!locked || !canDown || busy}
          onClick={onDown}
          aria-label={t('list.moveDown', { role: role.name })}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
      </Group>
    </li>
  );
}
