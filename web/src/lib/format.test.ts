import { formatDuration, relativeTime } from './format';

const now = Date.parse('2026-05-01T12:00:00Z');

describe('relativeTime', () => {
  it('says nothing under a minute so the caller can say "just now"', () => {
    expect(relativeTime('2026-05-01T11:59:30Z', 'en', now)).toBeUndefined();
  });

  it('speaks the admin language', () => {
    expect(relativeTime('2026-05-01T11:55:00Z', 'en', now)).toMatch(/5 min.* ago/);
    expect(relativeTime('2026-05-01T11:55:00Z', 'fr', now)).toMatch(/il y a\s5\smin/);
    expect(relativeTime('2026-04-28T12:00:00Z', 'en', now)).toMatch(/3 days ago/);
  });
});

describe('formatDuration', () => {
  it('writes waits in words', () => {
    expect(formatDuration(45, 'en')).toBe('45 seconds');
    expect(formatDuration(120, 'fr')).toBe('2 minutes');
  });
});
