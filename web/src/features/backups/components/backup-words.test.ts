import { formatSize, intervalParts, shortChecksum } from './backup-words';

describe('backup words', () => {
  it('formats sizes in decimal units with one decimal below ten', () => {
    expect(formatSize(512, 'en')).toBe('512 byte');
    expect(formatSize(1_400, 'en')).toBe('1.4 kB');
    expect(formatSize(812_000, 'en')).toBe('812 kB');
    expect(formatSize(1_400_000_000, 'en')).toBe('1.4 GB');
    // French puts a no-break space before the unit.
    expect(formatSize(1_400_000, 'fr').replace(/\s/gu, ' ')).toBe('1,4 Mo');
  });

  it('names an interval in the largest whole unit', () => {
    expect(intervalParts(15)).toEqual({ count: 15, unit: 'minutes' });
    expect(intervalParts(90)).toEqual({ count: 90, unit: 'minutes' });
    expect(intervalParts(120)).toEqual({ count: 2, unit: 'hours' });
    expect(intervalParts(1440)).toEqual({ count: 1, unit: 'days' });
  });

  it('shortens a checksum to its first twelve characters', () => {
    expect(shortChecksum('0123456789abcdef0123')).toBe('0123456789ab…');
    expect(shortChecksum('abc')).toBe('abc');
  });
});
