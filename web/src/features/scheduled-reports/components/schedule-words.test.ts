import { describe, expect, it } from 'vitest';
import { scheduleInWords } from './schedule-words';

describe('scheduleInWords', () => {
  it('says a weekly schedule in English with its time zone', () => {
    expect(scheduleInWords('0 9 * * 1', 'Europe/Paris', 'en')).toBe('At 09:00, only on Monday (Europe/Paris)');
  });

  it('says it in French', () => {
    expect(scheduleInWords('0 9 * * 1', 'Europe/Paris', 'fr')).toBe('À 09:00, uniquement le lundi (Europe/Paris)');
  });

  it('refuses what is not a five-field expression', () => {
    expect(scheduleInWords('0 9 * *', 'UTC', 'en')).toBeNull();
    expect(scheduleInWords('every monday at nine', 'UTC', 'en')).toBeNull();
    expect(scheduleInWords('61 9 * * *', 'UTC', 'en')).toBeNull();
  });
});
