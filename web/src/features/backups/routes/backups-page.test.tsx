import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LiveTopicHandlers } from '@/lib/live/use-live-topic';
import { aMe } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import type { Backup, BackupJob, BackupList } from '../api/backups';
import type { BackupsSubscription } from '../api/backups-live';
import { BackupsPage } from './backups-page';

// The `backups` topic as the page sees it: the test answers the subscription and pushes events.
const topic = vi.hoisted(() => ({
  subscribed: [] as string[],
  handlers: undefined as LiveTopicHandlers<BackupsSubscription, BackupJob> | undefined,
}));
vi.mock('@/lib/live/use-live-topic', () => ({
  useLiveTopic: (name: string, _filter: object, handlers: LiveTopicHandlers<BackupsSubscription, BackupJob>) => {
    if (topic.handlers === undefined) topic.subscribed.push(name);
    topic.handlers = handlers;
    return 'live';
  },
}));

beforeEach(() => {
  topic.subscribed = [];
  topic.handlers = undefined;
});

const push = (...events: BackupJob[]) => act(() => topic.handlers?.onEvents(events));

function aList(overrides: Partial<BackupList> = {}): BackupList {
  return {
    items: [],
    interval_minutes: 15,
    scheduled: true,
    next_run_at: '2026-12-02T14:30:00Z',
    encrypted: false,
    database: 'sqlite',
    keep_recent: 24,
    keep_daily: 14,
    keep_weekly: 8,
    ...overrides,
  };
}

const backup: Backup = {
  name: 'gatehouse-20261202T141500000Z.ghbak',
  taken_at: '2026-12-02T14:15:00Z',
  size_bytes: 1_400_000,
  checksum: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  encrypted: true,
  database: 'postgres',
  verification: { verified_at: '2026-12-02T14:20:00Z', ok: true, detail: '3 members' },
};

const me = () => ({ body: aMe({ permissions: ['settings.manage'] }) });

describe('BackupsPage', () => {
  it('says when the first backup runs, and how backups are taken and kept', async () => {
    mockApi({ 'GET /api/v1/auth/me': me, 'GET /api/v1/backups': () => ({ body: aList() }) });
    renderWithProviders(<BackupsPage />);

    expect(await screen.findByText('No backup yet')).toBeInTheDocument();
    const at = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(
      new Date('2026-12-02T14:30:00Z'),
    );
    expect(screen.getByText(`The first runs at ${at}, or back up now.`)).toBeInTheDocument();
    const schedule = screen.getByTestId('backup-schedule');
    expect(schedule).toHaveTextContent('A backup every 15 minutes, so at most 15 minutes of changes can be lost.');
    expect(schedule).toHaveTextContent(
      'the newest 24, plus the newest of each of the last 14 days and of each of the last 8 weeks',
    );
    expect(schedule).toHaveTextContent('not encrypted');
  });

  it('lists backups with size, checksum, seal, self-test and kind', async () => {
    mockApi({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/backups': () => ({ body: aList({ items: [backup], encrypted: true }) }),
    });
    renderWithProviders(<BackupsPage />);

    const row = (await screen.findByTestId('backups-table')).querySelector(
      `[data-backup="${backup.name}"]`,
    ) as HTMLElement;
    expect(within(row).getByText('1.4 MB')).toBeInTheDocument();
    expect(within(row).getByText('9f86d081884c…')).toHaveAttribute('title', backup.checksum);
    expect(within(row).getByText('AES-256-GCM')).toBeInTheDocument();
    expect(within(row).getByText('Restored OK')).toBeInTheDocument();
    expect(within(row).getByText('PostgreSQL dump')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: `Download ${backup.name}` })).toBeInTheDocument();
  });

  it('follows a backup run as the topic pushes it, and shows the new backup without a reload or polling', async () => {
    let listed: Backup[] = [];
    let jobGets = 0;
    const running: BackupJob = {
      id: 'j1',
      trigger: 'manual',
      started_at: '2026-12-02T14:15:00Z',
      state: 'running',
      phase: 'snapshot',
      percent: 25,
    };
    mockApi({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/backups': () => ({ body: aList({ items: listed }) }),
      'POST /api/v1/backups': () => ({ status: 202, body: running }),
      'GET /api/v1/backups/jobs/j1': () => {
        jobGets++;
        return { body: running };
      },
    });
    renderWithProviders(<BackupsPage />);
    await screen.findByText('No backup yet');
    expect(topic.subscribed).toEqual(['backups']);
    expect(screen.getByTestId('backups-live')).toHaveTextContent('Live');

    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('Copying the database — 25 %')).toBeInTheDocument();

    push({ ...running, phase: 'pack', percent: 62 });
    expect(await screen.findByText('Packing the keys and manifest — 62 %')).toBeInTheDocument();
    // A late event of the same run never moves the bar back.
    push({ ...running, phase: 'snapshot', percent: 40 });
    expect(screen.getByText('Packing the keys and manifest — 62 %')).toBeInTheDocument();

    listed = [backup];
    push({ ...running, state: 'succeeded', phase: 'done', percent: 100, backup });
    expect(await screen.findByText(`Backup ${backup.name} written.`)).toBeInTheDocument();
    expect(await screen.findByText('9f86d081884c…')).toBeInTheDocument();
    // The job was asked about once at most (when the page started following it), never polled.
    expect(jobGets).toBeLessThanOrEqual(1);
  });

  it('shows the bar of a run already going when the page opens, and a scheduled run as it ends', async () => {
    let listed: Backup[] = [];
    const scheduled: BackupJob = {
      id: 'j9',
      trigger: 'scheduled',
      started_at: '2026-12-02T14:15:00Z',
      state: 'running',
      phase: 'seal',
      percent: 90,
    };
    mockApi({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/backups': () => ({ body: aList({ items: listed }) }),
      'GET /api/v1/backups/jobs/j9': () => ({ body: scheduled }),
    });
    renderWithProviders(<BackupsPage />);
    await screen.findByText('No backup yet');

    act(() => topic.handlers?.onSnapshot({ topic: 'backups', running: scheduled }));
    expect(await screen.findByText('Checksumming and sealing — 90 %')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back up now' })).toBeDisabled();

    listed = [backup];
    push({ ...scheduled, state: 'succeeded', phase: 'done', percent: 100, backup });
    expect(await screen.findByText('9f86d081884c…')).toBeInTheDocument();
  });

  it('says what failed and what to do when a run fails', async () => {
    mockApi({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/backups': () => ({ body: aList() }),
      'POST /api/v1/backups': () => ({
        status: 202,
        body: {
          id: 'j2',
          trigger: 'manual',
          started_at: '2026-12-02T14:15:00Z',
          state: 'failed',
          phase: 'snapshot',
          percent: 10,
          error: 'pg_dump failed (exit code 1).',
        },
      }),
      'GET /api/v1/backups/jobs/j2': () => ({
        body: {
          id: 'j2',
          trigger: 'manual',
          started_at: '2026-12-02T14:15:00Z',
          state: 'failed',
          phase: 'snapshot',
          percent: 10,
          error: 'pg_dump failed (exit code 1).',
        },
      }),
    });
    renderWithProviders(<BackupsPage />);
    await screen.findByText('No backup yet');
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The backup failed');
    expect(alert).toHaveTextContent('pg_dump failed (exit code 1).');
    expect(alert).toHaveTextContent('pg_dump of the server');
  });
});
