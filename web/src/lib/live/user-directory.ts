import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { get } from '@/lib/api/client';
import type { User, UserPage } from '@/lib/api/types';

/** What the panel shows of a member it names: a member (`User`) or the display data presence carries. */
export type MemberCard = Pick<User, 'id' | 'username' | 'display_name' | 'avatar_url' | 'roles'>;

/**
 * Display data (name, avatar, roles) of the users the panel names (live lists, the dashboard feed,
 * audit actors and targets), cached by id. Missing ids are collected for a moment and fetched in
 * batches through `GET /api/v1/users?ids=…` (100 per request, four at a time), so a view costs one
 * request per hundred names, never one per row. The cache survives page changes.
 */
const CONCURRENCY = 4;
/** Rows render in a few commits; ids asked for within this window share a request. */
const GATHER_MS = 10;
const BATCH = 100;
const users = new Map<string, MemberCard | null>();
const queue: string[] = [];
const queued = new Set<string>();
const listeners = new Set<() => void>();
let running = 0;
let revision = 0;
let notifyScheduled = false;
let pumpScheduled = false;

function notify() {
  if (notifyScheduled) return;
  notifyScheduled = true;
  // One render per burst of answers, not one per user.
  setTimeout(() => {
    notifyScheduled = false;
    revision++;
    listeners.forEach((l) => l());
  }, 50);
}

function pump() {
  while (running < CONCURRENCY && queue.length > 0) {
    const batch = queue.splice(0, BATCH);
    running++;
    get<UserPage>('/api/v1/users', { ids: batch.join(','), limit: BATCH })
      .then((page) => {
        const found = new Set(page.items.map((u) => u.id));
        for (const u of page.items) users.set(u.id, u);
        // Not returned: deleted since, or not visible; remember that instead of asking again.
        for (const id of batch) if (!found.has(id)) users.set(id, null);
      })
      .catch(() => {
        // Leave them unknown; a later request asks again.
      })
      .finally(() => {
        running--;
        for (const id of batch) queued.delete(id);
        notify();
        pump();
      });
  }
}

export function requestUsers(ids: Iterable<string>): void {
  for (const id of ids) {
    if (users.has(id) || queued.has(id)) continue;
    queued.add(id);
    queue.push(id);
  }
  if (pumpScheduled || queue.length === 0) return;
  pumpScheduled = true;
  setTimeout(() => {
    pumpScheduled = false;
    pump();
  }, GATHER_MS);
}

/**
 * Seeds the cache from a list the page already has (e.g. a members page, or the display data the
 * presence snapshot carries): call it before the list renders, and its first render is named.
 */
export function rememberUsers(list: readonly MemberCard[]): void {
  let changed = false;
  for (const u of list) {
    queued.delete(u.id);
    if (sameCard(users.get(u.id), u)) continue;
    users.set(u.id, u);
    changed = true;
  }
  const rest = queue.filter((id) => queued.has(id));
  queue.length = 0;
  queue.push(...rest);
  if (changed) notify();
}

/** What the lists show of a member is unchanged: a second snapshot naming the same people redraws nothing. */
function sameCard(held: MemberCard | null | undefined, card: MemberCard): boolean {
  return (
    !!held &&
    held.username === card.username &&
    held.display_name === card.display_name &&
    held.avatar_url === card.avatar_url &&
    JSON.stringify(held.roles) === JSON.stringify(card.roles)
  );
}

export function lookupUser(id: string): MemberCard | null | undefined {
  return users.get(id);
}

/** Re-renders as display data arrives; asks for the given ids' data. null = the user no longer exists. */
export function useUserDirectory(ids: readonly string[]): (id: string) => MemberCard | null | undefined {
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => revision,
    () => revision,
  );
  useEffect(() => requestUsers(ids), [ids]);
  return lookupUser;
}

/** One user's display data, fetched with the other names on screen. */
export function useDirectoryUser(id: string | null | undefined): MemberCard | null | undefined {
  const ids = useMemo(() => (id ? [id] : []), [id]);
  const lookup = useUserDirectory(ids);
  return id ? lookup(id) : undefined;
}

/** Forgets everything (sign-out: another admin may see other members). */
export function clearUserDirectory(): void {
  users.clear();
  notify();
}
