import type { Me, TokenResponse } from '@/lib/api/types';

/**
 * The signed-in session. The access token lives in memory only (never in storage a script could
 * read later); the HttpOnly refresh cookie renews it silently, before it expires and after a 401.
 */
export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason: 'signed-out' | 'expired' | 'none' }
  | { status: 'authenticated'; token: string; expiresAt: number };

type Listener = () => void;

const REFRESH_MARGIN_MS = 60_000;
let state: SessionState = { status: 'restoring' };
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | undefined;
/** What the restore at load said about the signed-in member (`GET /auth/me`'s answer), until the session changes. */
let restoredMe: Me | undefined;

/** One answer of `POST /auth/refresh`, as `public/boot.js` and {@link askRefresh} shape it. */
interface RefreshAnswer {
  ok: boolean;
  tokens?: TokenResponse;
}

declare global {
  interface Window {
    /** The restore `public/boot.js` started before the app's scripts loaded; taken once. */
    __gatehouseRestore?: Promise<RefreshAnswer>;
  }
}

function set(next: SessionState) {
  state = next;
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (next.status === 'authenticated') {
    const wait = Math.max(5_000, next.expiresAt - Date.now() - REFRESH_MARGIN_MS);
    timer = setTimeout(() => void refreshSession(), wait);
  }
  listeners.forEach((l) => l());
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): SessionState {
  return state;
}

export function getAccessToken(): string | undefined {
  return state.status === 'authenticated' ? state.token : undefined;
}

/** `me`: the member the restore carried, known before listeners hear of the session. */
export function startSession(tokens: TokenResponse, me?: Me): void {
  restoredMe = me;
  set({ status: 'authenticated', token: tokens.access_token, expiresAt: Date.now() + tokens.expires_in * 1000 });
}

export function endSession(reason: 'signed-out' | 'expired'): void {
  restoredMe = undefined;
  set({ status: 'anonymous', reason });
}

/**
 * Swaps the refresh cookie for a new access token. Concurrent callers share one request, and
 * tabs take turns through a Web Lock: the cookie rotates on every use, and presenting an already
 * used one would revoke the whole session family.
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= withLock(doRefresh).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

/**
 * At load: takes the answer `public/boot.js` already asked for (it starts before the app's scripts
 * download), else refreshes. Either way the session ends up restored or anonymous.
 */
export function restoreSession(): Promise<boolean> {
  const started = typeof window === 'undefined' ? undefined : window.__gatehouseRestore;
  if (!started) return refreshSession();
  window.__gatehouseRestore = undefined;
  inFlight ??= settle(started).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

/** The signed-in member as the restore at load returned them, while that session lasts (seeds `GET /auth/me`). */
export function restoredMember(): Me | undefined {
  return state.status === 'authenticated' ? restoredMe : undefined;
}

function doRefresh(): Promise<boolean> {
  return settle(askRefresh());
}

async function askRefresh(): Promise<RefreshAnswer> {
  // No body (the cookie carries the token), but the endpoint only routes JSON requests.
  const response = await fetch('/api/v1/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
  });
  return response.ok ? { ok: true, tokens: (await response.json()) as TokenResponse } : { ok: false };
}

async function settle(answer: Promise<RefreshAnswer>): Promise<boolean> {
  try {
    const { ok, tokens } = await answer;
    if (!ok || !tokens) {
      restoredMe = undefined;
      set({ status: 'anonymous', reason: state.status === 'authenticated' ? 'expired' : 'none' });
      return false;
    }
    startSession(tokens, tokens.me ?? undefined);
    return true;
  } catch {
    // Offline: keep whatever we have; the next request will tell.
    if (state.status === 'restoring') set({ status: 'anonymous', reason: 'none' });
    return false;
  }
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request('gatehouse-refresh', work);
  }
  return work();
}
