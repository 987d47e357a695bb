import { Anchor, Badge, Checkbox, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleChip } from '@/components/role-chip';
import { LastSeen, LivePresenceValue } from '@/components/live-presence';
import { UserAvatar } from '@/components/user-avatar';
import type { User } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import type { MemberSort } from '../api/list-users';
import { MemberRowActions } from './member-row-actions';
import { SortHeader } from './sort-header';
import classes from './members-table.module.css';
import { roleNameProps, topRoleColor } from '@/components/role-name';

export const ROW_HEIGHT = 56;
const MAX_CHIPS = 3;

interface MembersTableProps {
  members: User[];
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  sort: MemberSort;
  onSort: (sort: MemberSort) => void;
}

/**
 * The member list as an ARIA table whose rows are virtualized: only the rows in view (plus a few)
 * exist in the DOM, so 100k members scroll like 50. The next page is fetched before the end shows.
 */
/** Rows before the end of what is loaded at which the next page is fetched (half a server page). */
const PREFETCH_ROWS = 50;

export function MembersTable({
  members,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
  selected,
  onToggle,
  onToggleAll,
  sort,
  onSort,
}: MembersTableProps) {
  const { t, i18n } = useTranslation('members');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: members.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => members[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    // Fetch the next page when the view is within half a page of the end, long before the end shows.
    if (hasMore && !loadingMore && lastIndex >= members.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, members.length, onLoadMore]);

  const allSelected = members.length > 0 && members.every((m) => selected.has(m.id));
  const someSelected = !allSelected && members.some((m) => selected.has(m.id));
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <div
      className={classes.table}
      role="table"
      aria-label={t('table.label')}
      aria-rowcount={(total ?? members.length) + 1}
      data-testid="members-table"
    >
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.row}>
          <div role="columnheader" className={classes.check}>
            <Checkbox
              aria-label={t('table.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={(e) => onToggleAll(e.currentTarget.checked)}
            />
          </div>
          <SortHeader column="display_name" sort={sort} onSort={onSort}>
            {t('table.member')}
          </SortHeader>
          <div role="columnheader" className={classes.roles}>
            {t('table.roles')}
          </div>
          <div role="columnheader" className={classes.status}>
            {t('table.status')}
          </div>
          <SortHeader column="last_seen_at" sort={sort} onSort={onSort} className={classes.seen}>
            {t('table.lastSeen')}
          </SortHeader>
          <div role="columnheader" className={classes.tags}>
            {t('table.tags')}
          </div>
          <SortHeader column="created_at" sort={sort} onSort={onSort} className={classes.joined}>
            {t('table.joined')}
          </SortHeader>
          <div role="columnheader" className={classes.actions}>
            <span className="gh-visually-hidden">{t('table.actions')}</span>
          </div>
        </div>
      </div>
      <div ref={scrollRef} className={classes.scroll} data-testid="members-scroll">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const member = members[item.index];
            if (!member) return null;
            return (
              <MemberRow
                key={item.key}
                member={member}
                index={item.index}
                start={item.start}
                selected={selected.has(member.id)}
                onToggle={onToggle}
                language={language}
              />
            );
          })}
        </div>
        {loadingMore && (
          <Text size="sm" c="dimmed" ta="center" py="xs" role="status">
            {t('table.loadingMore')}
          </Text>
        )}
      </div>
    </div>
  );
}

interface MemberRowProps {
  member: User;
  index: number;
  start: number;
  selected: boolean;
  onToggle: (id: string) => void;
  language: string;
}

/**
 * One row, memoized: while scrolling only the rows that come into view render; the ones already
 * on screen keep their position (fixed row height) and are left alone.
 */
const MemberRow = memo(function MemberRow({ member, index, start, selected, onToggle, language }: MemberRowProps) {
  const { t } = useTranslation('members');
  const nameColor = roleNameProps(topRoleColor(member.roles));
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={classes.row}
      data-selected={selected || undefined}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell" className={classes.check}>
        <Checkbox
          aria-label={t('table.select', { name: member.display_name })}
          checked={selected}
          onChange={() => onToggle(member.id)}
        />
      </div>
      <div role="cell" className={classes.member}>
        <UserAvatar
          name={member.display_name}
          src={member.avatar_url}
          status={member.status}
          userId={member.id}
          size={36}
        />
        <div className={classes.names}>
          <Anchor
            component={Link}
            to={`/members/${member.id}`}
            underline="hover"
            style={nameColor.style}
            className={`${classes.name} ${nameColor.className ?? ''}`}
          >
            {member.display_name}
          </Anchor>
          <Text size="xs" c="dimmed" truncate>
            @{member.username}
          </Text>
        </div>
      </div>
      <div role="cell" className={classes.roles}>
        <Group gap={4} wrap="nowrap">
          {member.roles.slice(0, MAX_CHIPS).map((r) => (
            <RoleChip key={r.id} name={r.name} color={r.color} size="xs" />
          ))}
          {member.roles.length > MAX_CHIPS && (
            <Text size="xs" c="dimmed">
              +{member.roles.length - MAX_CHIPS}
            </Text>
          )}
        </Group>
      </div>
      <div role="cell" className={classes.status}>
        <Group gap={4} wrap="nowrap">
          <LivePresenceValue userId={member.id} status={member.status}>
            {(presence) => <Text size="sm">{t(`statuses.${presence}`)}</Text>}
          </LivePresenceValue>
          {member.is_banned && (
            <Badge size="xs" color="red" variant="light">
              {t('badges.banned')}
            </Badge>
          )}
          {member.is_disabled && (
            <Badge size="xs" color="orange" variant="light">
              {t('badges.disabled')}
            </Badge>
          )}
        </Group>
      </div>
      <div role="cell" className={classes.seen}>
        <Text size="sm" span>
          <LastSeen userId={member.id} status={member.status} lastSeenAt={member.last_seen_at} />
        </Text>
      </div>
      <div role="cell" className={classes.tags}>
        <Text size="xs" c="dimmed" truncate>
          {member.tags.join(', ')}
        </Text>
      </div>
      <div role="cell" className={classes.joined}>
        <Text size="sm">{formatDate(member.created_at, language)}</Text>
      </div>
      <div role="cell" className={classes.actions}>
        <MemberRowActions member={member} />
      </div>
    </div>
  );
});
