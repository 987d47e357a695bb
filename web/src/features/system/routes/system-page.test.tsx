import { screen, within } from '@testing-library/react';
import { aMe } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import type { SystemStatus } from '../api/system-status';
import { SystemPage } from './system-page';

function aStatus(overrides: Partial<SystemStatus> = {}): SystemStatus {
  return {
    version: '1.4.2',
    mode: 'Single',
    started_at: '2026-12-02T06:00:00Z',
    uptime_seconds: 2 * 86_400 + 3 * 3_600 + 120,
    node: null,
    database: { provider: 'postgres', healthy: true, latency_ms: 1.8 },
    redis: null,
    outbox: { pending: 12, oldest_pending_seconds: 95, lag_seconds: 95 },
    webhooks: { depth: 3 },
    live_connections: 42,
    requests: { window_seconds: 300, count: 600, per_second: 2, error_rate: 0.0125, p95_ms: 87.5 },
    ...overrides,
  };
}

describe('SystemPage', () => {
  it('shows health, traffic and backlog from the status endpoint', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe({ permissions: ['settings.manage'] }) }),
      'GET /api/v1/system/status': () => ({ body: aStatus() }),
    });
    renderWithProviders(<SystemPage />);

    const database = await screen.findByTestId('system-database');
    expect(within(database).getByText('Healthy')).toBeInTheDocument();
    expect(within(database).getByText('PostgreSQL, answered in 1.8 ms')).toBeInTheDocument();
    expect(screen.getByTestId('system-uptime')).toHaveTextContent('2d 3h');
    expect(screen.getByTestId('system-rate')).toHaveTextContent('2/s');
    expect(screen.getByTestId('system-rate')).toHaveTextContent('600 requests');
    expect(screen.getByTestId('system-errors')).toHaveTextContent('1.25%');
    expect(screen.getByTestId('system-p95')).toHaveTextContent('87.5 ms');
    expect(screen.getByTestId('system-connections')).toHaveTextContent('42');
    expect(screen.getByTestId('system-outbox')).toHaveTextContent('12');
    expect(screen.getByTestId('system-outbox')).toHaveTextContent('Oldest waiting for 1m 35s');
    expect(screen.getByTestId('system-webhooks')).toHaveTextContent('3');
    expect(screen.getByText('Only cluster mode uses Redis')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Prometheus documentation/ })).toHaveAttribute(
      'href',
      expect.stringContaining('prometheus.io'),
    );
    expect(screen.getByText(/job_name: gatehouse/)).toBeInTheDocument();
  });

  it('says when the database is down, nothing was served yet and the queue is not counted', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe({ permissions: ['settings.manage'] }) }),
      'GET /api/v1/system/status': () => ({
        body: aStatus({
          mode: 'Cluster',
          node: 'node-b',
          database: { provider: 'postgres', healthy: false, latency_ms: 5000 },
          redis: { healthy: false, reason: 'redis: SocketFailure' },
          outbox: { pending: 0, oldest_pending_seconds: null, lag_seconds: null },
          webhooks: { depth: null },
          requests: { window_seconds: 300, count: 0, per_second: 0, error_rate: 0, p95_ms: null },
        }),
      }),
    });
    renderWithProviders(<SystemPage />);

    const database = await screen.findByTestId('system-database');
    expect(within(database).getByText('Unavailable')).toBeInTheDocument();
    expect(screen.getByText('redis: SocketFailure')).toBeInTheDocument();
    expect(screen.getByText('Cluster node')).toBeInTheDocument();
    expect(screen.getByTestId('system-p95')).toHaveTextContent('No requests yet');
    expect(screen.getByTestId('system-outbox')).toHaveTextContent('Every event handled');
    expect(screen.getByTestId('system-webhooks')).toHaveTextContent('Not counted yet on this node');
  });

  it('offers a retry when the status cannot be read', async () => {
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: aMe({ permissions: ['settings.manage'] }) }),
      'GET /api/v1/system/status': () => ({ status: 503, body: { title: 'Service unavailable', status: 503 } }),
    });
    renderWithProviders(<SystemPage />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
