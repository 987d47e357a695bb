import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { download, get, request } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type BackupList = components['schemas']['ListBackupsResponse'];
export type Backup = components['schemas']['BackupCatalogEntry'];
export type BackupJob = components['schemas']['BackupJob'];

/** How often a running job is asked about: the server keeps its phase and percent, with no live topic for it. */
export const jobPollMs = 750;

const listKey = ['backups', 'list'] as const;

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
 * Follows a job until it ends; when it ends the list is fetched again, so a new backup appears in it
 * without a reload.
 */
export function useBackupJob(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['backups', 'job', id],
    enabled: id !== undefined,
    queryFn: async ({ signal }) => {
      const job = await get<BackupJob>(`/api/v1/backups/jobs/${id}`, undefined, signal);
      if (jobEnded(job)) await queryClient.invalidateQueries({ queryKey: listKey });
      return job;
    },
    refetchInterval: (query) => (jobEnded(query.state.data) ? false : jobPollMs),
  });
}

export function downloadBackup(backup: Backup): Promise<void> {
  return download(`/api/v1/backups/${encodeURIComponent(backup.name)}`, {}, backup.name);
}
