import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getAccessToken, refreshSession } from '@/lib/auth/session';
import { LIVE_HUB_PATH } from './live-connection';

async function accessToken(): Promise<string> {
  return getAccessToken() ?? ((await refreshSession()) ? (getAccessToken() ?? '') : '');
}

export type TopicLiveState = 'connecting' | 'live' | 'offline';

/**
 * While a page is on screen: subscribes to a human-paced live topic (reports, alerts) and refetches
 * the queries under `queryKey` whenever the topic pushes a change, so the page moves without reload
 * or polling. Its own connection, opened only here: the session's shared connection carries presence alone.
 */
export function useTopicRefresh(topic: string, queryKey: QueryKey): TopicLiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<TopicLiveState>('connecting');
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    const connection = new HubConnectionBuilder()
      .withUrl(new URL(LIVE_HUB_PATH, window.location.origin).href, { accessTokenFactory: accessToken })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey });
    const subscribe = async () => {
      await connection.invoke('subscribe', topic, {});
      setState('live');
      refresh(); // whatever changed while not subscribed
    };
    connection.on('events', (batch: { topic: string }) => {
      if (batch.topic === topic) refresh();
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
  }, [queryClient, topic, key]);
  return state;
}
