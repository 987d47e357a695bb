/** The statuses a user can choose. `offline` is what others see when no session is left. */
export type ChosenStatus = "online" | "idle" | "dnd" | "invisible";
export type PresenceStatus = ChosenStatus | "offline";
export type Platform = "web" | "desktop" | "mobile";
export type ActivityType = "playing" | "streaming" | "listening" | "watching" | "competing" | "custom";

/** A rich activity, as Discord shows it ("Playing Chess"). */
export interface Activity {
  name: string;
  type?: ActivityType;
  /** An https URL of a small image. */
  icon?: string | null;
  /** ISO 8601; the server uses the current time when absent. */
  started_at?: string | null;
}

/** A user's presence, exactly as the server sends it (snake_case). */
export interface Presence {
  type: "presence.update";
  user_id: string;
  status: PresenceStatus;
  status_message: string | null;
  activity: Required<Activity> | null;
  client_status: Partial<Record<Platform, PresenceStatus>>;
  last_seen_at: string | null;
  /** The user's role ids (a role change is a presence change). */
  roles: string[];
  /** Grows with every change of this user; an event with a lower version is stale. */
  version: number;
}

/** First message after connecting. */
export interface Ready {
  session_id: string;
  user_id: string;
  platform: Platform;
  presence: Presence;
  heartbeat_interval_ms: number;
  idle_after_ms: number;
}

export type SanctionKind = "warn" | "mute" | "kick" | "ban";

/**
 * A moderation notice about the signed-in user, pushed the moment it happens. After a `kick` or
 * `ban` that was `applied`, the server closes the connection and the SDK stops reconnecting.
 */
export interface Sanction {
  sanction_id: string;
  kind: SanctionKind;
  /** The moderator's reason, to show the user. */
  reason: string;
  /** ISO 8601 end of a timed mute or ban; null when permanent (or for a warning or kick). */
  until: string | null;
  /** `applied` when given; `lifted` by a moderator or `expired` by itself when it ends. */
  state: "applied" | "lifted" | "expired";
}

/** The fixed categories of `reportUser`; the server derives the severity (and its SLA) from them. */
export type ReportCategory = "violence" | "self_harm" | "sexual_content" | "harassment" | "hate" | "impersonation" | "cheating" | "spam" | "other";

export interface ReportInput {
  /** The Gatehouse user id of the member being reported. */
  targetId: string;
  category: ReportCategory;
  /** What happened (at most 2000 characters). */
  description?: string;
  /** Up to 10 http/https links (screenshots, messages). */
  evidence?: string[];
}

/** The report as filed; `merged` when it was added to the reporter's open report on the same member. */
export interface FiledReport {
  id: string;
  target_id: string;
  category: ReportCategory;
  severity: string;
  status: string;
  created_at: string;
  merged: boolean;
}

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "disconnected";

export interface GatehouseEvents {
  /** Connected (also after every reconnection) with the user's own presence. */
  ready: Ready;
  /** The user's own presence changed (from this tab, another device, or an admin). */
  presence: Presence;
  /** The connection state changed; show a banner while not "connected". */
  state: ConnectionState;
  /** A moderation notice about this user (mute, warning, kick, ban, or one of them ending). */
  sanction: Sanction;
  /** A call failed or the server refused the connection; `message` says why. */
  error: Error;
}
