import { useTopicRefresh, type TopicLiveState } from '@/lib/live/use-topic-refresh';

/** While the page is open: reports and their runs refetch as runs start, deliver or fail (`scheduled-reports` topic). */
export function useScheduledReportsLive(): TopicLiveState {
  return useTopicRefresh('scheduled-reports', ['scheduled-reports']);
}
