import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { SortHeader } from './sort-header';
import { nextSort } from './sort-order';

describe('SortHeader', () => {
  it('says how the column is sorted and asks for the other direction on click', async () => {
    const onSort = vi.fn();
    renderWithProviders(
      <div role="table">
        <div role="row">
          <SortHeader column="display_name" sort="display_name" onSort={onSort}>
            Member
          </SortHeader>
          <SortHeader column="created_at" sort="display_name" onSort={onSort}>
            Joined
          </SortHeader>
        </div>
      </div>,
    );
    const [member, joined] = screen.getAllByRole('columnheader');
    expect(member).toHaveAttribute('aria-sort', 'ascending');
    expect(joined).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByRole('button', { name: /Member/ }));
    expect(onSort).toHaveBeenLastCalledWith('-display_name');
    await userEvent.click(screen.getByRole('button', { name: /Joined/ }));
    expect(onSort).toHaveBeenLastCalledWith('-created_at');
  });

  it('cycles names A→Z first and dates newest first', () => {
    expect(nextSort('display_name', 'username')).toBe('display_name');
    expect(nextSort('display_name', '-display_name')).toBe('display_name');
    expect(nextSort('last_seen_at', 'username')).toBe('-last_seen_at');
    expect(nextSort('last_seen_at', '-last_seen_at')).toBe('last_seen_at');
  });
});
