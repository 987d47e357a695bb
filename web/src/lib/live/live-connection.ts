import {
  HttpTransportType,
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
} from '@microsoft/signalr';
import { getAccessToken, refreshSession } from '@/lib/auth/session';
import { PresenceStore } from './presence-store';
import type { ConnectionState, LiveBatch, PresenceSubscription, PresenceUpdate, SubscriptionEnded } from './types';
import { rememberUsers, type MemberCard } from './user-directory';

/** The display data the server sends with presence (observers holding users.read), kept before the list renders. */
function rememberNamed(updates: readonly PresenceUpdate[]): void {
  const cards: MemberCard[] = [];
  for (const u of updates) if (u.user) cards.push(u.user);
  rememberUsers(cards);
}

declare global {
  interface Window {
    /** Who's online's snapshot `public/boot.js` asked for over HTTP (null: not asked, or failed); taken once. */
    __gatehouseOnline?: Promise<PresenceUpdate[] | null>;
  }
}

export const LIVE_HUB_PATH = '/hubs/live';
export const PRESENCE_TOPIC = 'presence';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base·2^attempt)]. Never gives up. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempt, 16));
  return Math.round(random() * ceiling);
}

async function accessToken(): Promise<string> {
  const token = getAccessToken();
  if (token) return token;
  return (await refreshSession()) ? (getAccessToken() ?? '') : '';
}

/**
 * The one live-hub connection of a signed-in session: subscribes to every watched user's presence
 * (no filter, so the snapshot is everyone online) and feeds the shared store. After SignalR
 * reconnects it subscribes again and the new snapshot replaces the old one (resync).
 */
export class LiveConnection {
  readonly store: PresenceStore;
  private connection: HubConnection | undefined;
  private state: ConnectionState = 'idle';
  private stateListeners = new Set<() => void>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private generation = 0;
  /** The current connection skipped negotiation (see open). */
  private direct = false;
  /** When the connection was last lost (ms since epoch), while it is; what is on screen dates from then. */
  private lostAt: number | undefined;
  /** Bumped by stop(): what was asked for before (the early snapshot) belongs to an ended session. */
  private stops = 0;

  constructor(store = new PresenceStore()) {
    this.store = store;
  }

  getState = (): ConnectionState => this.state;

  getLostAt = (): number | undefined => this.lostAt;

  /**
   * The admin asked not to wait for the backoff: try again now. A connection SignalR is still
   * reconnecting is stopped, so its close handler starts afresh with the shortest wait.
   */
  retryNow(): void {
    const connection = this.connection;
    if (!connection) return;
    this.attempt = 0;
    if (connection.state === HubConnectionState.Reconnecting) {
      void connection.stop();
      return;
    }
    if (connection.state !== HubConnectionState.Disconnected) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.setState('reconnecting');
    void this.connect(connection, this.generation);
  }

  subscribeState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  start(): void {
    if (this.connection) return;
    this.setState('connecting');
    this.open(typeof WebSocket === 'function');
  }

  /**
   * On a cold load of Who's online, `public/boot.js` asked for the named snapshot over HTTP as soon as
   * the session was back, while this code was still downloading: the list is drawn from it, named,
   * instead of waiting for the socket's handshake and subscribe, which queue behind the first render.
   * Taken when this module loads, so the store holds it by the page's first render (one render of
   * the list, not an empty one and then a full one). The socket's own snapshot replaces it when it
   * comes; a stop in between (signed out) drops it.
   */
  takeEarlySnapshot(): void {
    const early = typeof window === 'undefined' ? undefined : window.__gatehouseOnline;
    if (!early) return;
    window.__gatehouseOnline = undefined;
    const stops = this.stops;
    void early.then((snapshot) => {
      if (!snapshot || stops !== this.stops) return;
      rememberNamed(snapshot);
      this.store.applyEarlySnapshot(snapshot);
    });
  }

  /**
   * Builds and connects a new connection. `direct` opens a WebSocket straight away instead of asking
   * the server first (SignalR's negotiate): on a cold load of Who's online each round trip of the
   * chain negotiate, socket, handshake, subscribe waits for the main thread, which is busy with the
   * first render, and the negotiate's answer held the socket back by ~0.4 s. If the direct socket
   * fails (a proxy that refuses WebSockets, or the server is down), the next attempt negotiates,
   * which keeps SignalR's fallback to Server-Sent Events and long polling.
   */
  private open(direct: boolean): void {
    const generation = ++this.generation;
    const connection = new HubConnectionBuilder()
      .withUrl(
        LIVE_HUB_PATH,
        direct
          ? { accessTokenFactory: accessToken, skipNegotiation: true, transport: HttpTransportType.WebSockets }
          : { accessTokenFactory: accessToken },
      )
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => backoffDelay(ctx.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    this.connection = connection;
    this.direct = direct;
    connection.on('events', (batch: LiveBatch) => {
      if (batch.topic !== PRESENCE_TOPIC) return;
      rememberNamed(batch.events);
      this.store.applyEvents(batch.events);
    });
    connection.on('subscription.ended', (ended: SubscriptionEnded) => {
      if (ended.topic !== PRESENCE_TOPIC) return;
      if (ended.reason === 'forbidden') {
        this.store.reset();
        this.setState('forbidden');
      }
    });
    connection.onreconnecting(() => {
      this.store.markStale();
      this.setState('reconnecting');
    });
    connection.onreconnected(() => void this.resync(connection, generation));
    connection.onclose(() => {
      // Closed for good (SignalR gave up, or the very first start failed later): keep trying ourselves.
      if (generation !== this.generation) return;
      this.store.markStale();
      this.setState('disconnected');
      this.scheduleStart(connection, generation);
    });
    void this.connect(connection, generation);
  }

  stop(): void {
    this.generation++;
    this.stops++;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const connection = this.connection;
    this.connection = undefined;
    this.attempt = 0;
    this.store.reset();
    this.setState('idle');
    void connection?.stop();
  }

  private async connect(connection: HubConnection, generation: number): Promise<void> {
    try {
      await connection.start();
    } catch {
      if (generation !== this.generation) return;
      if (this.direct) return this.open(false);
      this.setState('disconnected');
      this.scheduleStart(connection, generation);
      return;
    }
    await this.resync(connection, generation);
  }

  private scheduleStart(connection: HubConnection, generation: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (generation !== this.generation || connection.state !== HubConnectionState.Disconnected) return;
      this.setState('reconnecting');
      void this.connect(connection, generation);
    }, backoffDelay(this.attempt++));
  }

  /** (Re)subscribes; the snapshot replaces the store, events pushed meanwhile are applied on top by version. */
  private async resync(connection: HubConnection, generation: number): Promise<void> {
    this.store.beginSync();
    try {
      const subscription = await connection.invoke<PresenceSubscription>('subscribe', PRESENCE_TOPIC, {});
      if (generation !== this.generation) return;
      rememberNamed(subscription.snapshot);
      this.store.applySnapshot(subscription.snapshot);
      this.attempt = 0;
      this.setState('connected');
    } catch {
      if (generation !== this.generation) return;
      // Refused (no presence.read any more) or the connection dropped mid-call; onclose/reconnecting take over.
      this.store.markStale();
      if (connection.state === HubConnectionState.Connected) {
        this.store.reset();
        this.setState('forbidden');
      }
    }
  }

  private setState(next: ConnectionState): void {
    if (next === this.state) return;
    const lost = next === 'reconnecting' || next === 'disconnected';
    if (!lost) this.lostAt = undefined;
    else this.lostAt ??= Date.now();
    this.state = next;
    this.stateListeners.forEach((l) => l());
  }
}

/** The session's connection (one per tab). */
export const liveConnection = new LiveConnection();
liveConnection.takeEarlySnapshot();
