import { useLocalStorage } from '@mantine/hooks';

export interface SavedView {
  name: string;
  /** The list's URL query (filters and sort), without the "?". */
  query: string;
}

/** Named member-list views, kept per admin in this browser; a view is the list's URL query, so it is also a link. */
export function useSavedViews(userId: string) {
  const [views, setViews] = useLocalStorage<SavedView[]>({
    key: `gatehouse.member-views.${userId}`,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const save = (name: string, query: string) =>
    setViews((current) =>
      [...current.filter((v) => v.name !== name), { name, query }].sort((a, b) => a.name.localeCompare(b.name)),
    );
  const remove = (name: string) => setViews((current) => current.filter((v) => v.name !== name));
  return { views, save, remove };
}
