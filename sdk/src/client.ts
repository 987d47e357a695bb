import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { ActivityTracker, type VisibilitySource } from "./activity-tracker";
import { defaultBackoff, fullJitterDelay, type BackoffOptions } from "./backoff";
import { Emitter } from "./emitter";
import { fileReport } from "./reports";
import { throttle, type Throttled } from "./throttle";
import type { Activity, ChosenStatus, ConnectionState, FiledReport, GatehouseEvents, Platform, Presence, Ready, ReportInput, Sanction } from "./types";

export type Transport = "websockets" | "sse" | "longpolling";

export interface GatehouseOptions {
  /** The Gatehouse server's origin, e.g. "https://gatehouse.example.com" ("" for the page's own origin). */
  url: string;
  /** The signed-in user's access token, or a function returning a fresh one (asked at every (re)connection). */
  accessToken: string | (() => string | Promise<string>);
  /** Which client this is; the panel shows a status per platform. Default "web". */
  platform?: Platform;
  /** Report this page's interaction as activity (default: true when a window exists). */
  trackActivity?: boolean;
  /** Transports to allow, tried in the order WebSocket, Server-Sent Events, long polling. Default: all three. */
  transports?: Transport[];
  /** Reconnection delays (full jitter). Default: 0.5 s base, 30 s cap. */
  backoff?: BackoffOptions;
  /** Where to listen for interaction and visibility (tests; default window and document). */
  eventTarget?: EventTarget;
  visibility?: VisibilitySource;
}

const transportFlags: Record<Transport, HttpTransportType> = {
  websockets: HttpTransportType.WebSockets,
  sse: HttpTransportType.ServerSentEvents,
  longpolling: HttpTransportType.LongPolling,
};

/**
 * A user's live connection to Gatehouse. Create one per signed-in user and page:
 * `const gh = new GatehouseClient({ url, accessToken }); await gh.connect();`
 */
export class GatehouseClient {
  private readonly events = new Emitter<GatehouseEvents>();
  private readonly connection: HubConnection;
  private readonly tracker: ActivityTracker | undefined;
  private readonly ping: Throttled;
  private readonly backoff: BackoffOptions;
  private current: Presence | undefined;
  private ready: Ready | undefined;
  private stopped = true;
  private stateValue: ConnectionState = "disconnected";

  constructor(private readonly options: GatehouseOptions) {
    this.backoff = options.backoff ?? defaultBackoff;
    const platform = options.platform ?? "web";
    const transports = (options.transports ?? ["websockets", "sse", "longpolling"]).reduce((mask, t) => mask | transportFlags[t], 0);
    const token = options.accessToken;
    this.connection = new HubConnectionBuilder()
      .withUrl(`${options.url.replace(/\/$/, "")}/gateway?platform=${platform}`, {
        accessTokenFactory: typeof token === "function" ? token : () => token,
        transport: transports,
      })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => fullJitterDelay(context.previousRetryCount, this.backoff) })
      .configureLogging(LogLevel.None)
      .build();

    this.connection.on("ready", (ready: Ready) => {
      this.ready = ready;
      this.ping.setInterval(ready.heartbeat_interval_ms);
      this.accept(ready.presence);
      this.setState("connected");
      this.events.emit("ready", ready);
    });
    this.connection.on("presence.update", (presence: Presence) => this.accept(presence));
    this.connection.on("sanction", (sanction: Sanction) => void this.receiveSanction(sanction));
    this.connection.onreconnecting(() => this.setState("reconnecting"));
    this.connection.onclose((error) => {
      if (error) this.events.emit("error", error);
      // Automatic reconnection gave up or the server closed for good: keep trying unless stopped.
      if (!this.stopped) void this.startWithRetry();
      else this.setState("disconnected");
    });

    this.ping = throttle(() => {
      if (this.connection.state === HubConnectionState.Connected) this.connection.invoke("Activity").catch((e: Error) => this.events.emit("error", e));
    }, 30_000);
    const target = options.eventTarget ?? (typeof window === "undefined" ? undefined : window);
    const visibility = options.visibility ?? (typeof document === "undefined" ? undefined : document);
    this.tracker = (options.trackActivity ?? target !== undefined) && target ? new ActivityTracker(target, visibility, this.ping) : undefined;
  }

  /** The user's own presence as last received (undefined before the first `ready`). */
  get presence(): Presence | undefined {
    return this.current;
  }

  get state(): ConnectionState {
    return this.stateValue;
  }

  /** Which transport the connection uses now (for diagnostics). */
  get transport(): Transport | undefined {
    // SignalR does not expose it; its transports are told apart by their (unminified) fields.
    const transport = (this.connection as unknown as { connection?: { transport?: object } }).connection?.transport;
    if (!transport) return undefined;
    if ("_webSocket" in transport) return "websockets";
    if ("_eventSource" in transport) return "sse";
    if ("_pollAbort" in transport) return "longpolling";
    return undefined;
  }

  on<K extends keyof GatehouseEvents>(event: K, handler: (payload: GatehouseEvents[K]) => void): () => void {
    return this.events.on(event, handler);
  }

  /** Moderation notices about this user: show a mute notice until `lifted`/`expired`, say why on a kick or ban. */
  onSanction(handler: (sanction: Sanction) => void): () => void {
    return this.events.on("sanction", handler);
  }

  /** Reports another member to the community's moderators (`POST /api/v1/reports`); throws `GatehouseApiError` when refused. */
  async reportUser(report: ReportInput): Promise<FiledReport> {
    const token = this.options.accessToken;
    return fileReport(this.options.url.replace(/\/$/, ""), typeof token === "function" ? await token() : token, report);
  }

  /** Connects and resolves on the first `ready`; retries with backoff until it succeeds or `disconnect()` is called. */
  async connect(): Promise<Ready> {
    this.stopped = false;
    const ready = new Promise<Ready>((resolve) => {
      const off = this.events.on("ready", (r) => {
        off();
        resolve(r);
      });
    });
    this.tracker?.start();
    await this.startWithRetry();
    return ready;
  }

  async disconnect(): Promise<void> {
    this.stopped = true;
    this.tracker?.stop();
    this.ping.cancel();
    await this.connection.stop();
    this.setState("disconnected");
  }

  /** Tells the server the user is here now (the SDK does this by itself on interaction). */
  activity(): void {
    this.ping();
  }

  /** Sets the account-wide status, with an optional custom message and expiry. */
  async setStatus(status: ChosenStatus, message?: string | null, expiresAt?: Date | string | null): Promise<Presence> {
    const expiry = expiresAt instanceof Date ? expiresAt.toISOString() : (expiresAt ?? null);
    return this.accept(await this.connection.invoke<Presence>("SetStatus", status, message ?? null, expiry));
  }

  /** Sets the rich activity ("Playing Chess"), or clears it with null. */
  async setActivity(activity: Activity | null): Promise<Presence> {
    return this.accept(await this.connection.invoke<Presence>("SetActivity", activity));
  }

  private async startWithRetry(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      if (this.connection.state !== HubConnectionState.Disconnected) return;
      this.setState(attempt === 0 && !this.ready ? "connecting" : "reconnecting");
      try {
        await this.connection.start();
        return;
      } catch (error) {
        this.events.emit("error", error as Error);
        await new Promise((resolve) => setTimeout(resolve, fullJitterDelay(attempt, this.backoff)));
      }
    }
  }

  /**
   * A kick or ban ends this connection (the server closes it right after the notice) and the old
   * token no longer works: stop reconnecting, so the site can say why instead of retrying forever.
   */
  private async receiveSanction(sanction: Sanction): Promise<void> {
    this.events.emit("sanction", sanction);
    if (sanction.state === "applied" && (sanction.kind === "kick" || sanction.kind === "ban")) await this.disconnect();
  }

  /** Keeps only what is newer than what we hold: events can arrive out of order across reconnections. */
  private accept(presence: Presence): Presence {
    if (!this.current || presence.version > this.current.version) {
      this.current = presence;
      this.events.emit("presence", presence);
    }
    return this.current;
  }

  private setState(state: ConnectionState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.events.emit("state", state);
  }
}
