import { act, renderHook } from '@testing-library/react';
import { clearUserDirectory, lookupUser, rememberUsers, useUserDirectory, type MemberCard } from './user-directory';

const ada: MemberCard = { id: 'u-ada', username: 'ada', display_name: 'Ada', avatar_url: null, roles: [] };

describe('user directory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    clearUserDirectory();
    vi.useRealTimers();
  });

  it('redraws the lists for a card it did not hold, and not for the same card again', async () => {
    let renders = 0;
    renderHook(() => {
      renders++;
      return useUserDirectory([]);
    });
    await act(() => vi.advanceTimersByTimeAsync(100));
    const before = renders;

    rememberUsers([ada]);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(renders).toBe(before + 1);
    expect(lookupUser('u-ada')?.display_name).toBe('Ada');

    // The socket's snapshot names the same people the early one did: nothing to redraw.
    rememberUsers([{ ...ada, roles: [] }]);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(renders).toBe(before + 1);

    rememberUsers([{ ...ada, display_name: 'Ada L.' }]);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(renders).toBe(before + 2);
    expect(lookupUser('u-ada')?.display_name).toBe('Ada L.');
  });
});
