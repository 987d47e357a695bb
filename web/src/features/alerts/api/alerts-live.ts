import { useTopicRefresh, type TopicLiveState } from '@/lib/live/use-topic-refresh';

/** While the Alerts page is open: rules, their states and histories refetch as the engine commits a transition (`alerts` topic). */
export function useAlertsLive(): TopicLiveState {
  return useTopicRefresh('alerts', ['alerts']);
}
