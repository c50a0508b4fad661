import { describe, expect, it } from 'vitest';
import { cyclesPastRetention, DEFAULT_RETENTION_MONTHS, retentionEndsAt, retentionMonthsFrom } from '@/lib/domain/retention';

describe('document retention', () => {
  const published = { id: 1, phase: 'published', embargoAt: '2025-11-14T19:00:00.000Z' };
  it('ends the given number of months after publication', () => {
    expect(retentionEndsAt(published, 24)?.toISOString()).toBe('2027-11-14T19:00:00.000Z');
  });
  it('selects only published cycles whose time has passed', () => {
    const list = [published, { id: 2, phase: 'decided', embargoAt: '2020-01-01T00:00:00Z' }, { id: 3, phase: 'published', embargoAt: '2027-11-14T19:00:00.000Z' }];
    expect(cyclesPastRetention(list, new Date('2027-11-14T18:59:59Z'), 24).map((c) => c.id)).toEqual([]);
    expect(cyclesPastRetention(list, new Date('2027-11-14T19:00:00Z'), 24).map((c) => c.id)).toEqual([1]);
  });
  it('reads the setting, refusing what is not a whole number of months', () => {
    expect(retentionMonthsFrom(undefined)).toBe(DEFAULT_RETENTION_MONTHS);
    expect(retentionMonthsFrom('36')).toBe(36);
    expect(() => retentionMonthsFrom('0')).toThrow();
    expect(() => retentionMonthsFrom('två år')).toThrow();
  });
});
