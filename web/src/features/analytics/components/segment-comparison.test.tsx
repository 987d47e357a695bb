import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderWithProviders } from '@/testing/render';
import { SegmentComparison } from './segment-comparison';

const answer = {
  dimension: 'version',
  a: '2.3.0',
  b: '2.4.0',
  from: '2026-11-24T00:00:00Z',
  to: '2026-12-01T00:00:00Z',
  metrics: [
    { name: 'active_users', a: 120, b: 131, samples_a: 120, samples_b: 131, difference: 11, test: null },
    {
      name: 'error_rate_5xx',
      a: 0.05,
      b: 0.15,
      samples_a: 200,
      samples_b: 200,
      difference: 0.1,
      test: { method: 'two_proportion_z', p_value: 0.00076, low: 0.04, high: 0.16, significant: true },
    },
    {
      name: 'latency_p95',
      a: 40,
      b: 41,
      samples_a: 500,
      samples_b: 500,
      difference: 1,
      test: { method: 'bootstrap', p_value: null, low: -2, high: 3, significant: false },
    },
    {
      name: 'conversion_rate',
      a: 0.5,
      b: 0.6,
      samples_a: 10,
      samples_b: 10,
      difference: 0.1,
      test: { method: 'too_few_samples', p_value: null, low: null, high: null, significant: false },
    },
  ],
};

describe('SegmentComparison', () => {
  it('asks for two values, then shows each metric with the difference and the verdict of its test', async () => {
    const { calls } = mockApi({ 'GET /api/v1/analytics/compare': () => ({ body: answer }) });
    renderWithProviders(<SegmentComparison />);
    expect(screen.getByText(/press Compare/)).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: /Segment A/ }), '2.3.0');
    await userEvent.type(screen.getByRole('textbox', { name: /Segment B/ }), '2.4.0');
    await userEvent.type(screen.getByRole('textbox', { name: /Conversion from/ }), 'checkout_started');
    await userEvent.type(screen.getByRole('textbox', { name: /to event/ }), 'checkout_done');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));

    const table = await screen.findByTestId('ab-table');
    const url = new URL(calls[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      dimension: 'version',
      a: '2.3.0',
      b: '2.4.0',
      conversion_from: 'checkout_started',
      conversion_to: 'checkout_done',
    });
    expect(Date.parse(url.searchParams.get('to')!) - Date.parse(url.searchParams.get('from')!)).toBe(7 * 86_400_000);

    const errors = within(table).getByText('Server error rate').closest('tr')!;
    expect(errors).toHaveTextContent('5%');
    expect(errors).toHaveTextContent('+10%');
    expect(errors).toHaveTextContent(/Likely real \(p = 0\.00076\)/);
    expect(within(table).getByText('Latency p95').closest('tr')).toHaveTextContent('Could be noise');
    expect(within(table).getByText('Conversion').closest('tr')).toHaveTextContent('Too few samples');
    expect(within(table).getByText('Active members').closest('tr')).toHaveTextContent('A count, not tested');
  });

  it('shows the server refusal when the question is wrong', async () => {
    mockApi({
      'GET /api/v1/analytics/compare': () => ({
        status: 400,
        body: {
          title: 'Invalid',
          status: 400,
          detail: 'Compare two different values.',
          errors: { b: ['Compare two different values.'] },
        },
      }),
    });
    renderWithProviders(<SegmentComparison />);
    await userEvent.type(screen.getByRole('textbox', { name: /Segment A/ }), '1.0');
    await userEvent.type(screen.getByRole('textbox', { name: /Segment B/ }), '1.0');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(screen.getByText(/Compare two different values/)).toBeInTheDocument());
  });
});
