import { act, renderHook } from '@testing-library/react';
import { useSavedViews } from './use-saved-views';

describe('useSavedViews', () => {
  beforeEach(() => localStorage.clear());

  it('keeps named views per admin, one per name, sorted, and deletes them', () => {
    const { result } = renderHook(() => useSavedViews('admin-1'));
    act(() => result.current.save('Zeta', 'status=online%2Cidle'));
    act(() => result.current.save('Active now', 'sort=-last_seen_at'));
    act(() => result.current.save('Zeta', 'role=mod'));
    expect(result.current.views).toEqual([
      { name: 'Active now', query: 'sort=-last_seen_at' },
      { name: 'Zeta', query: 'role=mod' },
    ]);
    expect(JSON.parse(localStorage.getItem('gatehouse.member-views.admin-1')!)).toHaveLength(2);
    expect(renderHook(() => useSavedViews('admin-2')).result.current.views).toEqual([]);
    act(() => result.current.remove('Zeta'));
    expect(result.current.views).toEqual([{ name: 'Active now', query: 'sort=-last_seen_at' }]);
  });
});
