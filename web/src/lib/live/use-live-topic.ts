import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { useEffect, useRef, useState } from 'react';
import { getAccessToken, refreshSession } from '@/lib/auth/session';
import { LIVE_HUB_PATH } from './live-connection';

async function accessToken(): Promise<string> {
  return getAccessToken() ?? ((await refreshSession()) ? (getAccessToken() ?? '') : '');
}

export type TopicLiveState = 'connecting' | 'live' | 'offline';

export interface LiveTopicHandlers<TSnapshot, TEvent> {
  /** What `subscribe` answered: on the first subscription and again after every reconnect (what changed meanwhile). */
  onSnapshot: (snapshot: TSnapshot) => void;
  /** A batch of the topic's events, in the order the server sent them. */
  onEvents: (events: TEvent[]) => void;
}

/**
 * While a page is on screen: follows one topic of the live hub on its own connection (the session's
 * shared connection carries presence alone). The snapshot `subscribe` answers is the page's one
 * fetch; events then keep it current. `filter` undefined holds the subscription off.
 */
export function useLiveTopic<TSnapshot, TEvent>(
  topic: string,
  filter: object | undefined,
  handlers: LiveTopicHandlers<TSnapshot, TEvent>,
): TopicLiveState {
  const [state, setState] = useState<TopicLiveState>('connecting');
  // The latest handlers without resubscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const key = filter === undefined ? undefined : JSON.stringify(filter);
  useEffect(() => {
    if (key === undefined) return;
    const connection = new HubConnectionBuilder()
      .withUrl(new URL(LIVE_HUB_PATH, window.location.origin).href, { accessTokenFactory: accessToken })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    const subscribe = async () => {
      const snapshot = await connection.invoke<TSnapshot>('subscribe', topic, JSON.parse(key) as object);
      setState('live');
      latest.current.onSnapshot(snapshot);
    };
    connection.on('events', (batch: { topic: string; events: TEvent[] }) => {
      if (batch.topic === topic) latest.current.onEvents(batch.events);
    });
    connection.on('subscription.ended', (ended: { topic: string }) => {
      if (ended.topic === topic) setState('offline');
    });
    connection.onreconnecting(() => setState('connecting'));
    connection.onreconnected(() => void subscribe().catch(() => setState('offline')));
    connection.onclose(() => setState('offline'));
    let stopped = false;
    void connection
      .start()
      .then(() => (stopped ? undefined : subscribe()))
      .catch(() => !stopped && setState('offline'));
    return () => {
      stopped = true;
      void connection.stop();
    };
  }, [topic, key]);
  return state;
}
