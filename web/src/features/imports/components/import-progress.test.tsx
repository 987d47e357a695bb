import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { nextProgress, type ImportProgress } from '../api/import-progress-live';
import { ImportProgressBar } from './import-progress';

const id = '00000000-0000-7000-8000-0000000000f1';

function event(over: Partial<ImportProgress>): ImportProgress {
  return {
    import_id: id,
    phase: 'writing',
    rows: 1000,
    validated: 0,
    written: 0,
    eta_seconds: null,
    running: true,
    ...over,
  };
}

describe('ImportProgressBar', () => {
  it('shows rows written of the total with the rows checked and the time left', () => {
    renderWithProviders(
      <ImportProgressBar progress={event({ validated: 500, written: 250, eta_seconds: 2.2 })} rows={1000} />,
    );
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('250 of 1000 rows written (500 checked) · about 3 s left')).toBeInTheDocument();
  });

  it('counts rows checked while a preview runs, and starts at zero before the first event', () => {
    const { rerender } = renderWithProviders(<ImportProgressBar progress={undefined} rows={400} />);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText('0 of 400 rows written (0 checked)')).toBeInTheDocument();

    rerender(<ImportProgressBar progress={event({ phase: 'validating', rows: 400, validated: 100 })} rows={400} />);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('100 of 400 rows checked')).toBeInTheDocument();
  });
});

describe('nextProgress', () => {
  it('drops an event that arrives behind what is shown in the same running pass', () => {
    const shown = event({ validated: 1000, written: 500 });
    expect(nextProgress(shown, event({ validated: 500, written: 500 }))).toBe(shown);
    const ahead = event({ validated: 1000, written: 1000 });
    expect(nextProgress(shown, ahead)).toBe(ahead);
  });

  it('lets the end of a pass and the start of a new one through', () => {
    const finished = event({ phase: 'finished', validated: 1000, written: 1000, running: false });
    expect(nextProgress(event({ validated: 1000, written: 500 }), finished)).toBe(finished);
    const commit = event({});
    expect(nextProgress(event({ phase: 'validating', validated: 900 }), commit)).toBe(commit);
    expect(nextProgress(finished, commit)).toBe(commit);
  });
});
