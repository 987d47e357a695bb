import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getAccessToken, refreshSession } from '@/lib/auth/session';
import { reportKeys } from './reports';

const TOPIC = 'reports';

async function accessToken(): Promise<string> {
  return getAccessToken() ?? ((await refreshSession()) ? (getAccessToken() ?? '') : '');
}

export type ReportsLiveState = 'connecting' | 'live' | 'offline';

/**
 * While the queue is on screen: subscribes to the `reports` live topic and refetches the queue when a
 * report is filed, assigned or closed by anyone, so it and its counts move without reload. Its own
 * connection, opened only here: the session's shared connection carries presence alone.
 */
export function useReportsLive(): ReportsLiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ReportsLiveState>('connecting');
  useEffect(() => {
    const connection = new HubConnectionBuilder()
      .withUrl(new URL('/hubs/live', window.location.origin).href, { accessTokenFactory: accessToken })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    const refresh = () => void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    const subscribe = async () => {
      await connection.invoke('subscribe', TOPIC, {});
      setState('live');
      refresh(); // whatever changed while not subscribed
    };
    connection.on('events', (batch: { topic: string }) => {
      if (batch.topic === TOPIC) refresh();
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
  }, [queryClient]);
  return state;
}
