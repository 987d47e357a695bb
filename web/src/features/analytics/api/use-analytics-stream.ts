import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useState } from 'react';
import { getAccessToken, refreshSession } from '@/lib/auth/session';
import { windowsKept, type AnalyticsWindow, type Interval, type SegmentDimension } from './types';

interface Snapshot {
  recent: AnalyticsWindow[];
  version: number;
}

interface Batch {
  topic: string;
  events: AnalyticsWindow[];
}

export type StreamState = 'connecting' | 'live' | 'disconnected' | 'forbidden';

async function accessToken(): Promise<string> {
  const token = getAccessToken();
  if (token) return token;
  return (await refreshSession()) ? (getAccessToken() ?? '') : '';
}

/** Appends windows in sequence order and keeps only the last `keep` (the charts' fixed window). */
export function appendWindows(
  current: AnalyticsWindow[],
  incoming: AnalyticsWindow[],
  keep: number,
): AnalyticsWindow[] {
  const last = current.at(-1)?.sequence ?? 0;
  const fresh = incoming.filter((w) => w.sequence > last);
  if (fresh.length === 0) return current;
  const next = [...current, ...fresh];
  return next.length > keep ? next.slice(next.length - keep) : next;
}

/**
 * Follows the `analytics` topic of `/hubs/live` for one interval and segment dimension: the snapshot's
 * recent windows, then every window as it closes (pushed by the server, never polled).
 */
export function useAnalyticsStream(interval: Interval, segment: SegmentDimension | null) {
  // Keyed by what is followed: switching interval or segment starts from an empty chart without a reset in the effect.
  const key = `${interval}|${segment ?? ''}`;
  const [followed, setFollowed] = useState<{ key: string; windows: AnalyticsWindow[]; state: StreamState }>({
    key,
    windows: [],
    state: 'connecting',
  });

  useEffect(() => {
    const keep = windowsKept[interval];
    const setWindows = (update: (current: AnalyticsWindow[]) => AnalyticsWindow[]) =>
      setFollowed((f) => {
        const current = f.key === key ? f.windows : [];
        return { key, windows: update(current), state: f.key === key ? f.state : 'connecting' };
      });
    const setState = (state: StreamState) =>
      setFollowed((f) => ({ key, windows: f.key === key ? f.windows : [], state }));
    let stopped = false;
    const connection: HubConnection = new HubConnectionBuilder()
      .withUrl('/hubs/live', { accessTokenFactory: accessToken })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    const subscribe = async () => {
      try {
        const snapshot = await connection.invoke<Snapshot>('subscribe', 'analytics', { interval, segment });
        if (stopped) return;
        setWindows((current) => appendWindows(current, snapshot.recent, keep));
        setState('live');
      } catch {
        if (!stopped) setState('forbidden');
      }
    };
    connection.on('events', (batch: Batch) => {
      if (batch.topic === 'analytics') setWindows((current) => appendWindows(current, batch.events, keep));
    });
    connection.on('subscription.ended', (ended: { topic: string; reason: string }) => {
      if (ended.topic === 'analytics' && ended.reason === 'forbidden') setState('forbidden');
    });
    connection.onreconnecting(() => setState('connecting'));
    connection.onreconnected(() => void subscribe());
    connection.onclose(() => {
      if (!stopped) setState('disconnected');
    });
    void connection
      .start()
      .then(subscribe)
      .catch(() => {
        if (!stopped) setState('disconnected');
      });
    return () => {
      stopped = true;
      void connection.stop();
    };
  }, [interval, segment, key]);

  return followed.key === key
    ? { windows: followed.windows, state: followed.state }
    : { windows: [], state: 'connecting' as StreamState };
}
