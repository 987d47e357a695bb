import { formatLeft } from './format-left';

describe('formatLeft', () => {
  it('shows minutes and seconds under an hour, hours and minutes above, the same either side of the due time', () => {
    expect(formatLeft(4 * 60_000 + 9_000)).toBe('4 min 09 s');
    expect(formatLeft(-(4 * 60_000 + 9_000))).toBe('4 min 09 s');
    expect(formatLeft(3_600_000 + 4 * 60_000 + 59_000)).toBe('1 h 04 min');
    expect(formatLeft(999)).toBe('0 min 00 s');
  });
});
