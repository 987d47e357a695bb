import { useTopicRefresh, type TopicLiveState } from '@/lib/live/use-topic-refresh';

/** While the Rules page is open: rules, counts and histories refetch as the engine commits a pass (`groups` topic). */
export function useGroupsLive(): TopicLiveState {
  return useTopicRefresh('groups', ['groups']);
}
