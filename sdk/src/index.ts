export { GatehouseClient, type GatehouseOptions, type Transport } from "./client";
export { fullJitterDelay, defaultBackoff, type BackoffOptions } from "./backoff";
export { GatehouseApiError } from "./reports";
export type { Activity, ActivityType, ChosenStatus, ConnectionState, GatehouseEvents, Platform, Presence, PresenceStatus, Ready, FiledReport, ReportCategory, ReportInput, Sanction, SanctionKind } from "./types";
export { AnalyticsTracker, guessDevice, type AnalyticsOptions, type DeviceClass, type TrackedEvent } from "./analytics";
