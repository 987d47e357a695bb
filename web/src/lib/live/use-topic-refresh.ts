import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLiveTopic, type TopicLiveState } from './use-live-topic';

export type { TopicLiveState } from './use-live-topic';

const NO_FILTER = {};

/**
 * While a page is on screen: subscribes to a human-paced live topic (reports, alerts) and refetches
 * the queries under `queryKey` whenever the topic pushes a change, so the page moves without reload
 * or polling.
 */
export function useTopicRefresh(topic: string, queryKey: QueryKey): TopicLiveState {
  const queryClient = useQueryClient();
  // Whatever changed while not subscribed, then each change as it comes.
  const refresh = () => void queryClient.invalidateQueries({ queryKey });
  return useLiveTopic(topic, NO_FILTER, { onSnapshot: refresh, onEvents: refresh });
}
