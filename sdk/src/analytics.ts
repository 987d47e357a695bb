/**
 * Site analytics for the Gatehouse SDK: `track(name, props)` batches events and sends them to
 * `POST /api/v1/analytics/events` as the signed-in member, or anonymously with a public site key
 * (`siteKey`, made by an admin; it opens that endpoint only). When the site requires consent, nothing
 * is queued or sent until `setConsent(true)`; withdrawing drops what is queued. Page views are optional.
 */
export type DeviceClass = "desktop" | "mobile" | "tablet" | "other";

export interface AnalyticsOptions {
  /** The Gatehouse server's base URL ("" for the same origin). */
  url: string;
  /** The signed-in member's access token: events are theirs. Give this or `siteKey`. */
  accessToken?: string | (() => string | Promise<string>);
  /**
   * A public site key (`gh_site_…`) for visitors who are not signed in: events are anonymous. Consent
   * then stays in the page (the server keeps answers for members only).
   */
  siteKey?: string;
  /** The site asks for consent before recording anything (ask the server with `loadConsent()`). */
  requireConsent?: boolean;
  /** Device class for the server's segments; guessed from the screen width when absent. */
  device?: DeviceClass;
  /** The site's own version, for the version segment. */
  clientVersion?: string;
  /** How often queued events are sent (ms, default 5000). */
  flushIntervalMs?: number;
  /** Events per request (default 50; the server refuses more than its configured maximum). */
  maxBatch?: number;
  /** Most events kept while the server cannot be reached; older ones are dropped first (default 1000). */
  maxQueue?: number;
  fetch?: typeof fetch;
}

export interface TrackedEvent {
  type: string;
  timestamp: string;
  session_id: string;
  props?: Record<string, unknown>;
}

const TYPE_PATTERN = /^[a-z][a-z0-9_.:-]{0,63}$/;

export function guessDevice(width: number): DeviceClass {
  return width < 768 ? "mobile" : width < 1100 ? "tablet" : "desktop";
}

export class AnalyticsTracker {
  private queue: TrackedEvent[] = [];
  private consent: boolean;
  private timer: ReturnType<typeof setInterval> | undefined;
  private retryAt = 0;
  private readonly sessionId = Math.random().toString(36).slice(2, 14);
  private readonly fetchImpl: typeof fetch;
  private stopPageViews: (() => void) | undefined;

  constructor(private readonly options: AnalyticsOptions) {
    if (!options.accessToken === !options.siteKey) throw new Error("give either accessToken or siteKey");
    this.consent = !options.requireConsent;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  get hasConsent(): boolean {
    return this.consent;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues one event; refused (false) without consent or with a name the server would refuse. */
  track(name: string, props?: Record<string, unknown>): boolean {
    if (!this.consent || !TYPE_PATTERN.test(name)) return false;
    const event: TrackedEvent = { type: name, timestamp: new Date().toISOString(), session_id: this.sessionId };
    if (props) event.props = props;
    this.queue.push(event);
    const max = this.options.maxQueue ?? 1000;
    if (this.queue.length > max) this.queue.splice(0, this.queue.length - max);
    this.timer ??= setInterval(() => void this.flush(), this.options.flushIntervalMs ?? 5000);
    return true;
  }

  /** Reads whether the site requires consent and the member's recorded answer. */
  async loadConsent(): Promise<{ required: boolean; granted: boolean }> {
    if (this.options.siteKey) return { required: this.options.requireConsent ?? false, granted: this.consent };
    const response = await this.send("GET", "/api/v1/analytics/consent");
    const body = (await response.json()) as { required: boolean; granted: boolean };
    this.consent = !body.required || body.granted;
    return body;
  }

  /** Records the member's answer on the server; withdrawing drops every queued event. */
  async setConsent(granted: boolean): Promise<void> {
    if (!this.options.siteKey) {
      const response = await this.send("PUT", "/api/v1/analytics/consent", { granted });
      if (!response.ok) throw new Error(`consent not recorded (${response.status})`);
    }
    this.consent = granted || !this.options.requireConsent;
    if (!granted) this.queue = [];
  }

  /** Sends what is queued, a batch at a time; a refused batch (4xx) is dropped, a 429/5xx waits and is retried. */
  async flush(): Promise<number> {
    let sent = 0;
    while (this.queue.length > 0 && Date.now() >= this.retryAt) {
      const batch = this.queue.slice(0, this.options.maxBatch ?? 50);
      const response = await this.send("POST", "/api/v1/analytics/events", {
        events: batch,
        device: this.options.device ?? (typeof window === "undefined" ? undefined : guessDevice(window.innerWidth)),
        client_version: this.options.clientVersion,
      }).catch(() => undefined);
      if (!response || response.status === 429 || response.status >= 500) {
        const after = Number(response?.headers.get("retry-after") ?? "5");
        this.retryAt = Date.now() + (Number.isFinite(after) ? after : 5) * 1000;
        break;
      }
      this.queue.splice(0, batch.length);
      if (response.ok) sent += batch.length;
    }
    return sent;
  }

  /** Tracks a `page_view` now and on every client-side navigation (history API and back/forward). */
  enablePageViews(): void {
    if (this.stopPageViews || typeof window === "undefined") return;
    const view = () => this.track("page_view", { path: location.pathname, title: document.title });
    const push = history.pushState.bind(history);
    history.pushState = (...args: Parameters<History["pushState"]>) => {
      push(...args);
      view();
    };
    window.addEventListener("popstate", view);
    this.stopPageViews = () => {
      history.pushState = push;
      window.removeEventListener("popstate", view);
    };
    view();
  }

  /** Stops page views and the timer, sending what is queued one last time. */
  async stop(): Promise<void> {
    this.stopPageViews?.();
    this.stopPageViews = undefined;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const { accessToken, siteKey } = this.options;
    const credential = siteKey
      ? { "x-site-key": siteKey }
      : { authorization: `Bearer ${typeof accessToken === "function" ? await accessToken() : accessToken}` };
    return this.fetchImpl(`${this.options.url}${path}`, {
      method,
      headers: { ...credential, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
  }
}
