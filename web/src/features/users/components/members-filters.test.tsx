import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aRole } from '@/testing/fixtures';
import { mockApi, renderWithProviders } from '@/testing/render';
import type { MemberFilters } from '../api/list-users';
import { MembersFilters } from './members-filters';

function setup(filters: MemberFilters) {
  mockApi({
    'GET /api/v1/roles': () => ({
      body: [aRole({ id: 'r-staff', name: 'staff' }), aRole({ id: 'r-mod', name: 'moderator' })],
    }),
  });
  const onChange = vi.fn();
  renderWithProviders(<MembersFilters filters={filters} onChange={onChange} active={0} onClear={vi.fn()} />);
  return onChange;
}

/** The pills a Mantine MultiSelect shows for its chosen values. */
const pills = (testId: string) =>
  Array.from(
    screen.getByTestId(testId).closest('.mantine-MultiSelect-root')!.querySelectorAll('.mantine-Pill-label'),
  ).map((p) => p.textContent);

describe('MembersFilters', () => {
  it('shows several statuses from the URL and adds one more as a comma-separated filter', async () => {
    const onChange = setup({ status: 'online,idle' });
    expect(pills('filter-status')).toEqual(['Online', 'Idle']);

    await userEvent.click(screen.getByTestId('filter-status'));
    await userEvent.click(await screen.findByRole('option', { name: 'Do not disturb', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith({ status: 'online,idle,dnd' });
  });

  it('filters by several roles by id, and taking the last one away removes the filter', async () => {
    const onChange = setup({ role: 'r-staff' });
    const role = screen.getByTestId('filter-role');
    await userEvent.click(role);
    await userEvent.click(await screen.findByRole('option', { name: 'moderator', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith({ role: 'r-staff,r-mod' });

    // Backspace takes the last chosen role away (the list is controlled: "staff" is still the only one).
    await userEvent.click(role);
    await userEvent.keyboard('{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith({ role: undefined });
  });
});
