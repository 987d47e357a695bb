import { formatRate } from './rate';

describe('formatRate', () => {
  it('rounds to what the size of the rate can claim, in the reader’s language', () => {
    expect(formatRate(12.862, 'en')).toBe('12.9');
    expect(formatRate(1204.4, 'en')).toBe('1,204');
    expect(formatRate(0.3466, 'en')).toBe('0.35');
    expect(formatRate(12.862, 'fr')).toBe('12,9');
    expect(formatRate(2, 'en')).toBe('2');
  });
});
