import { readLocalStorageValue, useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';

export interface RecentItem {
  kind: 'member' | 'role';
  id: string;
  label: string;
  to: string;
}

const KEY = 'gatehouse.recent-items';
const MAX = 6;

/** The pages of members and roles opened last in this browser, newest first (the command palette offers them). */
export function useRecentItems() {
  const [items] = useLocalStorage<RecentItem[]>({ key: KEY, defaultValue: [], getInitialValueInEffect: false });
  return items;
}

/** Adds an item to the front of a recent list, once, keeping the list short. */
export function withRecent(items: readonly RecentItem[], item: RecentItem): RecentItem[] {
  return [item, ...items.filter((i) => !(i.kind === item.kind && i.id === item.id))].slice(0, MAX);
}

/** Remembers a member or role page as opened (its current name, so a rename shows at the next visit). */
export function useRememberRecent(item: RecentItem | undefined) {
  const [, setItems] = useLocalStorage<RecentItem[]>({ key: KEY, defaultValue: [], getInitialValueInEffect: false });
  const key = item ? `${item.kind}|${item.id}|${item.label}` : '';
  useEffect(() => {
    if (!item) return;
    const current = readLocalStorageValue<RecentItem[]>({ key: KEY, defaultValue: [] });
    if (current[0]?.id === item.id && current[0].label === item.label) return;
    setItems(withRecent(current, item));
    // The key captures what matters of the item; the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, setItems]);
}
