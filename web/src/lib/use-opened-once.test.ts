import { act, renderHook } from '@testing-library/react';
import { useOpenedOnce } from './use-opened-once';

describe('useOpenedOnce', () => {
  it('is false until first opened, then stays true when closed again', () => {
    const { result, rerender } = renderHook(({ opened }) => useOpenedOnce(opened), { initialProps: { opened: false } });
    expect(result.current).toBe(false);
    act(() => rerender({ opened: true }));
    expect(result.current).toBe(true);
    act(() => rerender({ opened: false }));
    expect(result.current).toBe(true);
  });

  it('is true at once when the first render is already open', () => {
    const { result } = renderHook(() => useOpenedOnce(true));
    expect(result.current).toBe(true);
  });
});
