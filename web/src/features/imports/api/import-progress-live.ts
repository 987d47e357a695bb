import { useState } from 'react';
import type { components } from '@/lib/api/schema';
import { useLiveTopic } from '@/lib/live/use-live-topic';

export type ImportProgress = components['schemas']['ImportProgressSnapshot'];

interface ImportsSubscription {
  topic: string;
  progress: ImportProgress;
}

/**
 * The event to show next. Events of one pass may arrive out of order (each is its own send): one that
 * is behind what is shown, in the same running pass, is dropped. A new pass, or the end, always wins.
 */
export function nextProgress(shown: ImportProgress | undefined, event: ImportProgress): ImportProgress {
  if (!shown?.running || !event.running || shown.phase !== event.phase) return event;
  return event.validated >= shown.validated && event.written >= shown.written ? event : shown;
}

/**
 * Rows checked and written, with an ETA, pushed by the `imports` live topic while a preview or a
 * commit of this import runs. The subscription's snapshot is the one fetch (again after a reconnect).
 */
export function useImportProgress(id: string | undefined): ImportProgress | undefined {
  const [progress, setProgress] = useState<ImportProgress>();
  useLiveTopic<ImportsSubscription, ImportProgress>('imports', id === undefined ? undefined : { import_id: id }, {
    onSnapshot: (s) => setProgress(s.progress),
    onEvents: (events) => setProgress((shown) => events.reduce<ImportProgress | undefined>(nextProgress, shown)),
  });
  return progress?.import_id === id ? progress : undefined;
}
