import type { MemberCard } from './user-directory';

/** The live hub's wire types (JSON, snake_case), as the server sends them on /hubs/live. */
export type LiveStatus = 'online' | 'idle' | 'dnd' | 'invisible' | 'offline';

export interface PresenceActivity {
  name: string;
  type?: string | null;
  icon?: string | null;
  started_at?: string | null;
}

export interface PresenceUpdate {
  type: 'presence.update';
  user_id: string;
  status: LiveStatus;
  status_message: string | null;
  activity: PresenceActivity | null;
  client_status: { web?: string; desktop?: string; mobile?: string };
  last_seen_at: string | null;
  /** The member's role ids now: a role change is a presence change. */
  roles: string[];
  version: number;
  /**
   * The member's name, avatar and roles, for observers holding users.read: in the snapshot and on the
   * first event showing the member online (the list is named without asking for the names).
   */
  user?: MemberCard;
}

export interface PresenceSubscription {
  topic: string;
  snapshot: PresenceUpdate[];
  version: number;
}

export interface LiveBatch {
  topic: string;
  events: PresenceUpdate[];
}

export interface SubscriptionEnded {
  topic: string;
  reason: 'forbidden' | 'unsubscribed' | (string & {});
}

/** idle: not started (signed out or no presence.read); forbidden: the server ended the subscription. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'forbidden';
