import { useEffect, useSyncExternalStore } from 'react';
import { get } from '@/lib/api/client';
import { getUser } from '@/lib/api/get-user';
import type { User, UserPage } from '@/lib/api/types';

/**
 * Display data (name, avatar, roles) of the users live lists show, cached by id. Many missing ids
 * (a Who's online page of a few thousand) are filled by paging the member list, 200 a page, when
 * that takes fewer requests than fetching them one by one; the rest (or a few) are fetched by id,
 * a few at a time. The lists fill in progressively; the cache survives page changes.
 */
const CONCURRENCY = 6;
const PAGE_SIZE = 200;
/** Below this many missing ids, fetching by id is cheaper than paging the member list. */
const SCAN_THRESHOLD = 30;
let scanning = false;
let scanned = false;
const users = new Map<string, User | null>();
const queue: string[] = [];
const queued = new Set<string>();
const listeners = new Set<() => void>();
let running = 0;
let revision = 0;
let notifyScheduled = false;

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

function forget(id: string) {
  queued.delete(id);
}

/** Pages through the member list while that is cheaper than the ids still missing; stops once none is. */
async function scan(): Promise<void> {
  scanning = true;
  try {
    let cursor: string | null = null;
    let first = true;
    do {
      const page: UserPage = await get<UserPage>('/api/v1/users', {
        limit: PAGE_SIZE,
        cursor,
        include_total: first,
      });
      if (first && page.total != null && Math.ceil(page.total / PAGE_SIZE) > queue.length) {
        rememberUsers(page.items);
        break;
      }
      first = false;
      rememberUsers(page.items);
      cursor = page.next_cursor;
    } while (cursor && queue.length > 0);
  } catch {
    // Fall back to fetching by id.
  } finally {
    scanning = false;
    scanned = true;
    pump();
  }
}

function pump() {
  if (scanning) return;
  if (!scanned && queue.length > SCAN_THRESHOLD) {
    void scan();
    return;
  }
  while (running < CONCURRENCY && queue.length > 0) {
    const id = queue.shift()!;
    running++;
    getUser(id)
      .then((user) => users.set(id, user))
      .catch(() => users.set(id, null))
      .finally(() => {
        running--;
        queued.delete(id);
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
  pump();
}

/** Seeds the cache from a list the page already has (e.g. a members page). */
export function rememberUsers(list: readonly User[]): void {
  for (const u of list) {
    users.set(u.id, u);
    forget(u.id);
  }
  const rest = queue.filter((id) => queued.has(id));
  queue.length = 0;
  queue.push(...rest);
  notify();
}

export function lookupUser(id: string): User | null | undefined {
  return users.get(id);
}

/** Re-renders as display data arrives; asks for the given ids' data. null = the user no longer exists. */
export function useUserDirectory(ids: readonly string[]): (id: string) => User | null | undefined {
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => revision,
  );
  useEffect(() => requestUsers(ids), [ids]);
  return lookupUser;
}
