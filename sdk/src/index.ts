export { GatehouseClient, type GatehouseOptions, type Transport } from "./client";
export { fullJitterDelay, defaultBackoff, type BackoffOptions } from "./backoff";
export type { Activity, ActivityType, ChosenStatus, ConnectionState, GatehouseEvents, Platform, Presence, PresenceStatus, Ready } from "./types";
export { AnalyticsTracker, guessDevice, type AnalyticsOptions, type DeviceClass, type TrackedEvent } from "./analytics";
