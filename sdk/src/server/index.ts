/**
 * Gatehouse for a site's Node back end: mint connection tokens for signed-in users and verify
 * incoming webhooks. Import it as `@gatehouse/sdk/server`. It handles an API key and webhook
 * secrets, so it never ships to browsers: the package exports it only under the "node" condition,
 * and it refuses to run where a DOM exists.
 */

export interface SiteMember {
  /** The site's own id for the user (unique within the source). */
  externalId: string;
  /** Needed the first time (Gatehouse creates the member); later calls may change it. */
  username?: string;
  displayName?: string;
  avatarUrl?: string;
  email?: string;
  /** Role ids or names to give the member (replacing theirs); omit to leave roles alone. */
  roles?: string[];
  /** The site's name for itself (Gatehouse's default source when omitted). */
  source?: string;
}

export interface SiteToken {
  /** Pass it to the browser SDK as `accessToken`; it opens the gateway of this member only. */
  token: string;
  expiresAt: Date;
  userId: string;
  /** Gatehouse created the member on this call. */
  created: boolean;
}

export interface MintOptions {
  /** The Gatehouse server's origin, e.g. "https://gatehouse.example.com". */
  url: string;
  /** An API key (gh_live_…) with the `site.tokens` scope. */
  apiKey: string;
  /** Defaults to the global fetch (Node 18+). */
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** A refusal from Gatehouse (RFC 9457 problem details): `detail` is the sentence to show or log. */
export class GatehouseApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly problem: Record<string, unknown>,
  ) {
    super(`Gatehouse answered ${status}: ${detail}`);
    this.name = "GatehouseApiError";
  }
}

function refuseInBrowsers(): void {
  if (typeof window !== "undefined" || typeof document !== "undefined")
    throw new Error("@gatehouse/sdk/server holds secrets: use it on your server, never in a browser.");
}

/** Creates or updates the member just in time and returns a short-lived connection token for their page. */
export async function mintSiteToken(member: SiteMember, options: MintOptions): Promise<SiteToken> {
  refuseInBrowsers();
  const body: Record<string, unknown> = { external_id: member.externalId };
  if (member.username !== undefined) body.username = member.username;
  if (member.displayName !== undefined) body.display_name = member.displayName;
  if (member.avatarUrl !== undefined) body.avatar_url = member.avatarUrl;
  if (member.email !== undefined) body.email = member.email;
  if (member.roles !== undefined) body.roles = member.roles;
  if (member.source !== undefined) body.source = member.source;
  const init: RequestInit = {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", "x-api-key": options.apiKey },
    body: JSON.stringify(body),
  };
  if (options.signal) init.signal = options.signal;
  const response = await (options.fetch ?? fetch)(`${options.url.replace(/\/$/, "")}/api/v1/site-tokens`, init);
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type = typeof payload.type === "string" ? (payload.type.split("/").pop() ?? "") : "";
    const detail = typeof payload.detail === "string" ? payload.detail : response.statusText;
    throw new GatehouseApiError(response.status, type, detail, payload);
  }
  return {
    token: String(payload.token),
    expiresAt: new Date(String(payload.expires_at)),
    userId: String(payload.user_id),
    created: payload.created === true,
  };
}

export interface WebhookHeaders {
  "webhook-id"?: string | null;
  "webhook-timestamp"?: string | null;
  "webhook-signature"?: string | null;
}

export interface VerifyOptions {
  /** Largest accepted distance between the delivery's timestamp and now (default 300 s). */
  toleranceSeconds?: number;
  /** Now, in milliseconds since the epoch (tests). */
  now?: number;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * Checks a Gatehouse webhook (Standard Webhooks): one of the `v1,` signatures in `webhook-signature`
 * (two during a secret rotation) must be the HMAC-SHA256 of `id.timestamp.body` under the `whsec_`
 * secret, and the timestamp within the tolerance. Pass the raw body, before any JSON parsing.
 * The comparison is WebCrypto's own (constant time).
 */
export async function verifyWebhook(secret: string, headers: WebhookHeaders, rawBody: string, options: VerifyOptions = {}): Promise<boolean> {
  refuseInBrowsers();
  if (!secret.startsWith("whsec_")) throw new Error("A Gatehouse webhook secret starts with whsec_.");
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
  const now = (options.now ?? Date.now()) / 1000;
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;

  const key = await crypto.subtle.importKey("raw", fromBase64(secret.slice("whsec_".length)), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${rawBody}`);
  for (const part of signatures.split(" ")) {
    if (!part.startsWith("v1,")) continue;
    let given: Uint8Array<ArrayBuffer>;
    try {
      given = fromBase64(part.slice(3));
    } catch {
      continue;
    }
    if (await crypto.subtle.verify("HMAC", key, given, signed)) return true;
  }
  return false;
}
