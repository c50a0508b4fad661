import { describe, expect, it } from 'vitest';
import { isResultPublic } from '@/lib/domain/publication';

describe('isResultPublic', () => {
  const embargoAt = '2027-11-14T19:00:00.000Z';
  it('is false one second before the embargo and true at and after it', () => {
    expect(isResultPublic({ phase: 'published', embargoAt }, new Date('2027-11-14T18:59:59.000Z'))).toBe(false);
    expect(isResultPublic({ phase: 'published', embargoAt }, new Date('2027-11-14T19:00:00.000Z'))).toBe(true);
    expect(isResultPublic({ phase: 'published', embargoAt }, new Date('2027-11-14T19:00:01.000Z'))).toBe(true);
  });
  it('is false before the organiser publishes, whatever the clock says', () => {
    for (const phase of ['review', 'deliberation', 'decided'] as const) {
      expect(isResultPublic({ phase, embargoAt }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    }
  });
  it('is false without an embargo instant or with an unreadable one', () => {
    expect(isResultPublic({ phase: 'published', embargoAt: null }, new Date())).toBe(false);
    expect(isResultPublic({ phase: 'published', embargoAt: 'snart' }, new Date())).toBe(false);
  });
});
