import { useEffect, useSyncExternalStore } from 'react';
import { getUser } from '@/lib/api/get-user';
import type { User } from '@/lib/api/types';

/**
 * Display data (name, avatar, roles) of the users live lists show, cached by id. Missing ids are
 * fetched a few at a time, so a list of a few thousand online members fills in progressively
 * without flooding the server; the cache survives page changes.
 */
const CONCURRENCY = 6;
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

function pump() {
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
  for (const u of list) users.set(u.id, u);
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
