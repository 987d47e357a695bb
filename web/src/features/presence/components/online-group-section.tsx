import { Text, Title } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { CSSProperties } from 'react';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '@/components/user-avatar';
import { formatNumber } from '@/lib/format';
import { activityLabel } from '@/lib/live/describe';
import type { OnlineEntry, OnlineGroup } from './group-online';
import { CARD_GAP, LINE_HEIGHT, OVERSCAN_LINES, cardPlace, columnsFor } from './grid-columns';
import { MemberName } from './member-name';
import classes from './online-list.module.css';

/**
 * One role's members as a grid of cards, like Discord's member list. Only the lines in view (plus a
 * few) are in the page: with hundreds online, laying out and re-rendering every card on each live
 * batch kept the page busy for seconds. The section, its heading and its list stay whole for
 * assistive technology; each card says where it sits in the group (aria-posinset of aria-setsize).
 */
export function OnlineGroupSection({ group, canOpen }: { group: OnlineGroup; canOpen: boolean }) {
  const { t, i18n } = useTranslation('live');
  const name = group.role?.name ?? t('online.groupOnline');
  const count = group.entries.length;
  const headingId = `online-group-${group.key}`;
  const style = group.role?.color ? ({ '--role-color': group.role.color } as CSSProperties) : undefined;
  const listRef = useRef<HTMLUListElement>(null);
  const { columns, top } = useListPlacement(listRef);
  const virtualizer = useWindowVirtualizer({
    count: Math.ceil(count / columns),
    estimateSize: () => LINE_HEIGHT,
    overscan: OVERSCAN_LINES,
    scrollMargin: top,
  });
  const labels = { loading: t('online.loadingMember'), unknown: t('online.unknownMember') };
  const width = `calc((100% - ${(columns - 1) * CARD_GAP}px) / ${columns})`;
  return (
    <section className={classes.group} aria-labelledby={headingId} data-testid="online-group" data-group={group.key}>
      <Title order={2} size="h6" id={headingId} className={classes.heading} style={style}>
        <span className={classes.swatch} aria-hidden />
        <span aria-hidden>
          {t('online.groupHeading', { name, count: formatNumber(count, i18n.resolvedLanguage ?? 'en') })}
        </span>
        <span className="gh-visually-hidden">{t('online.groupLabel', { name, count })}</span>
      </Title>
      <ul ref={listRef} className={classes.virtualList} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().flatMap((line) =>
          group.entries.slice(line.index * columns, (line.index + 1) * columns).map((entry, i) => {
            const index = line.index * columns + i;
            const { column } = cardPlace(index, columns);
            const place: CSSProperties = {
              top: line.start - top,
              left: `calc((${width} + ${CARD_GAP}px) * ${column})`,
              width,
            };
            return (
              <OnlineRow
                key={entry.presence.user_id}
                presence={entry.presence}
                user={entry.user}
                canOpen={canOpen}
                place={place}
                position={index + 1}
                setSize={count}
                labels={labels}
              />
            );
          }),
        )}
      </ul>
    </section>
  );
}

/** The list's width in cards, and where it starts on the page (the virtualizer counts from the page's top). */
function useListPlacement(listRef: React.RefObject<HTMLUListElement | null>) {
  const [placement, setPlacement] = useState({ columns: 1, top: 0 });
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const box = list.getBoundingClientRect();
      const next = { columns: columnsFor(box.width), top: Math.round(box.top + window.scrollY) };
      setPlacement((p) => (p.columns === next.columns && p.top === next.top ? p : next));
    };
    measure();
    // Content above the list (a filter's hint, a group above growing) moves it; so does a resize.
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);
  return placement;
}

interface RowProps extends OnlineEntry {
  canOpen: boolean;
  place: CSSProperties;
  position: number;
  setSize: number;
  labels: { loading: string; unknown: string };
}

/** Re-renders only when this member's presence, display data or place changes, not on every batch. */
export const OnlineRow = memo(
  function OnlineRow({ presence, user, canOpen, place, position, setSize, labels }: RowProps) {
    const { t } = useTranslation('live');
    const name = user?.display_name ?? (user === null ? labels.unknown : labels.loading);
    const detail = [presence.status_message, presence.activity ? activityLabel(t, presence.activity) : null]
      .filter(Boolean)
      .join(' · ');
    return (
      <li
        className={`${classes.row} ${classes.placed}`}
        style={place}
        aria-posinset={position}
        aria-setsize={setSize}
        data-testid="online-member"
        data-user-id={presence.user_id}
        data-presence={presence.status}
      >
        <UserAvatar name={user?.display_name ?? '?'} src={user?.avatar_url} status={presence.status} size={36} />
        <div className={classes.text}>
          <MemberName userId={presence.user_id} name={name} roles={user?.roles} link={canOpen && !!user} />
          {detail && (
            <Text size="xs" c="dimmed" truncate>
              {detail}
            </Text>
          )}
        </div>
      </li>
    );
  },
  (a, b) =>
    a.presence === b.presence &&
    a.user === b.user &&
    a.canOpen === b.canOpen &&
    a.position === b.position &&
    a.setSize === b.setSize &&
    a.labels.loading === b.labels.loading &&
    a.labels.unknown === b.labels.unknown &&
    a.place.top === b.place.top &&
    a.place.left === b.place.left &&
    a.place.width === b.place.width,
);
