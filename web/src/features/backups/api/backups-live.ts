import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic, type TopicLiveState } from '@/lib/live/use-live-topic';
import { jobEnded, jobKey, listKey, nextJob, type BackupJob } from './backups';

export interface BackupsSubscription {
  topic: string;
  /** The run in progress when subscribing (again after a reconnect), if any. */
  running: BackupJob | null;
}

const NO_FILTER = {};

/**
 * While the Backups page is open: every run, manual or scheduled, pushed by the `backups` live topic
 * as it moves and when it ends. Each job goes into its query (what `useBackupJob` shows); an ended
 * one refreshes the list, so the new backup appears without a reload. `onJob` hears of each job, so
 * the page follows a run it did not start (a scheduled one, or one running when it opened).
 */
export function useBackupsLive(onJob: (job: BackupJob) => void): TopicLiveState {
  const queryClient = useQueryClient();
  const take = (job: BackupJob) => {
    queryClient.setQueryData<BackupJob>(jobKey(job.id), (shown) => nextJob(shown, job));
    if (jobEnded(job)) void queryClient.invalidateQueries({ queryKey: listKey });
    onJob(job);
  };
  return useLiveTopic<BackupsSubscription, BackupJob>('backups', NO_FILTER, {
    onSnapshot: (s) => {
      // Whatever ended while not subscribed (a reconnect) is in the list by now.
      void queryClient.invalidateQueries({ queryKey: listKey });
      if (s.running) take(s.running);
    },
    onEvents: (events) => events.forEach(take),
  });
}
