import { useTopicRefresh, type TopicLiveState } from '@/lib/live/use-topic-refresh';
import { reportKeys } from './reports';

export type ReportsLiveState = TopicLiveState;

/** While the queue is on screen: refetches it when a report is filed, assigned or closed by anyone (`reports` topic). */
export function useReportsLive(): ReportsLiveState {
  return useTopicRefresh('reports', reportKeys.all);
}
