import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { download, get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type BackupList = components['schemas']['ListBackupsResponse'];
export type Backup = components['schemas']['BackupCatalogEntry'];
export type BackupJob = components['schemas']['BackupJob'];

export const listKey = ['backups', 'list'] as const;

export const jobKey = (id: string | undefined) => ['backups', 'job', id] as const;

export function useBackups() {
  return useQuery(
    queryOptions({ queryKey: listKey, queryFn: ({ signal }) => get<BackupList>('/api/v1/backups', undefined, signal) }),
  );
}

/** Whether a job has ended, either way (a job the server answered without a state is still running). */
export function jobEnded(job: BackupJob | undefined): boolean {
  return job?.state === 'succeeded' || job?.state === 'failed';
}

/** Starts a backup, or joins the one already running; the answer is the job to follow. */
export function useStartBackup() {
  return useMutation({
    mutationFn: async () => (await request<BackupJob>('POST', '/api/v1/backups')).data,
  });
}

/**
 * The job to show next. Pushed events of one run may arrive out of order (each is its own send), and
 * the one fetch may answer after newer events: an older state of the same running job is dropped,
 * an ended job stays ended, and another job always wins.
 */
export function nextJob(shown: BackupJob | undefined, incoming: BackupJob): BackupJob {
  if (!shown || shown.id !== incoming.id) return incoming;
  if (jobEnded(shown)) return shown;
  if (jobEnded(incoming)) return incoming;
  return (incoming.percent ?? 0) >= (shown.percent ?? 0) ? incoming : shown;
}

/**
 * The job being followed: fetched once (a run started or joined, or a page reloaded during one), then
 * kept current by the `backups` live topic (useBackupsLive), which also refreshes the list when it ends.
 */
export function useBackupJob(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: jobKey(id),
    enabled: id !== undefined,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const job = await get<BackupJob>(`/api/v1/backups/jobs/${id}`, undefined, signal);
      if (jobEnded(job)) await queryClient.invalidateQueries({ queryKey: listKey });
      return nextJob(queryClient.getQueryData<BackupJob>(jobKey(id)), job);
    },
  });
}

export function downloadBackup(backup: Backup): Promise<void> {
  return download(`/api/v1/backups/${encodeURIComponent(backup.name)}`, {}, backup.name);
}
