import { render, screen } from '@testing-library/react';
import { AfterFirstPaint } from './after-first-paint';

describe('AfterFirstPaint', () => {
  it('leaves its children out of the first render, renders them after a frame, then at once on later mounts', async () => {
    const first = render(
      <>
        <h1>Page</h1>
        <AfterFirstPaint>
          <p>Palette</p>
        </AfterFirstPaint>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Page' })).toBeInTheDocument();
    expect(screen.queryByText('Palette')).not.toBeInTheDocument();
    expect(await screen.findByText('Palette')).toBeInTheDocument();
    first.unmount();

    render(
      <AfterFirstPaint>
        <p>Dialog</p>
      </AfterFirstPaint>,
    );
    expect(screen.getByText('Dialog')).toBeInTheDocument();
  });
});
