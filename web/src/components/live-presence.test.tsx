import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveConnection } from '@/lib/live/live-connection';
import type { PresenceUpdate } from '@/lib/live/types';
import { renderWithProviders } from '@/testing/render';
import type * as UseLiveModule from '@/lib/live/use-live';

type UseLive = typeof UseLiveModule;
import { LastSeen } from './live-presence';
import { LiveConnectionBanner } from './live-connection-banner';
import { StaleBadge, StaleLiveData } from './stale-live-data';

const staleness = vi.hoisted(() => ({ value: undefined as { since: number; retryNow: () => void } | undefined }));
vi.mock('@/lib/live/use-live', async (original) => ({
  ...(await original<UseLive>()),
  useLiveStaleness: () => staleness.value,
  useLiveConnectionState: () => (staleness.value ? 'reconnecting' : 'connected'),
}));

const userId = '0193a000-0000-7000-8000-000000000001';
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function update(status: PresenceUpdate['status'], version: number, lastSeen: string | null): PresenceUpdate {
  return {
    type: 'presence.update',
    user_id: userId,
    status,
    status_message: null,
    activity: null,
    client_status: {},
    last_seen_at: lastSeen,
    roles: [],
    version,
  };
}

describe('LastSeen', () => {
  afterEach(() => liveConnection.store.reset());

  it('says "now" for a member the stream shows online, whatever the stored time says', async () => {
    liveConnection.store.applySnapshot([update('online', 1, minutesAgo(23 * 24 * 60))]);
    renderWithProviders(<LastSeen userId={userId} status="offline" lastSeenAt={minutesAgo(23 * 24 * 60)} />);
    expect(await screen.findByText('now')).toBeInTheDocument();
  });

  it('takes the disconnect time the stream brings over an older (or missing) stored one', async () => {
    liveConnection.store.applySnapshot([update('online', 1, null)]);
    renderWithProviders(<LastSeen userId={userId} status="online" lastSeenAt={null} />);
    expect(await screen.findByText('now')).toBeInTheDocument();

    liveConnection.store.applyEvents([update('offline', 2, minutesAgo(2))]);
    expect(await screen.findByText('2 min. ago')).toBeInTheDocument();
    expect(screen.queryByText('never')).not.toBeInTheDocument();
  });
});

describe('while the live connection is lost', () => {
  afterEach(() => (staleness.value = undefined));

  it('the banner dates what is shown and retries at once on request', async () => {
    const retryNow = vi.fn();
    staleness.value = { since: new Date(2026, 11, 2, 14, 3, 27).getTime(), retryNow };
    renderWithProviders(<LiveConnectionBanner />);
    expect(screen.getByText(/What you see dates from 02:03:27 PM/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(retryNow).toHaveBeenCalledOnce();
  });

  it('live figures are dimmed and labelled as not live, and are plain again once connected', () => {
    staleness.value = { since: new Date(2026, 11, 2, 14, 3, 27).getTime(), retryNow: vi.fn() };
    const { rerender } = renderWithProviders(
      <StaleLiveData>
        <span>557 online</span>
        <StaleBadge />
      </StaleLiveData>,
    );
    expect(screen.getByText('557 online').parentElement).toHaveAttribute('data-stale', 'true');
    expect(screen.getByTestId('stale-badge')).toHaveTextContent('Not live · as of 02:03:27 PM');

    staleness.value = undefined;
    rerender(
      <StaleLiveData>
        <span>557 online</span>
        <StaleBadge />
      </StaleLiveData>,
    );
    expect(screen.getByText('557 online').parentElement).not.toHaveAttribute('data-stale');
    expect(screen.queryByTestId('stale-badge')).not.toBeInTheDocument();
  });
});
