import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatNumber, formatPercent } from '@/lib/i18n/format';

describe('dates and numbers per language, in Stockholm time', () => {
  it('writes a date the Swedish and the English way', () => {
    expect(formatDate('2027-11-14T12:00:00.000Z', 'sv')).toBe('14 november 2027');
    expect(formatDate('2027-11-14T12:00:00.000Z', 'en')).toBe('14 November 2027');
    expect(formatDate(new Date('2027-03-15T10:00:00Z'))).toBe('15 mars 2027');
  });

  it('uses Stockholm time, also across midnight and summer time', () => {
    // 23:30 UTC on 14 November is 00:30 on 15 November in Stockholm (UTC+1).
    expect(formatDate('2027-11-14T23:30:00.000Z', 'en')).toBe('15 November 2027');
    expect(formatDateTime('2027-11-14T23:30:00.000Z', 'sv')).toBe('15 november 2027 00:30');
    // 21:59 UTC in June is 23:59 in Stockholm (UTC+2).
    expect(formatDateTime('2027-06-01T21:59:00.000Z', 'en')).toBe('1 June 2027, 23:59');
  });

  it('writes decimals with a comma in Swedish and a point in English', () => {
    expect(formatDecimal(3.5, 'sv')).toBe('3,5');
    expect(formatDecimal(3.5, 'en')).toBe('3.5');
    expect(formatDecimal(3, 'sv', 2)).toBe('3,00');
    expect(formatNumber(-2.25, 'sv')).toBe('-2,25');
  });

  it('groups thousands the way each language does', () => {
    expect(formatNumber(12345.5, 'sv')).toBe('12 345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatPercent(0.42, 'sv')).toBe('42 %');
    expect(formatPercent(0.42, 'en')).toBe('42%');
  });

  it('shows a dash for what is missing, never a zero', () => {
    expect(formatDate(null, 'sv')).toBe('–');
    expect(formatDateTime(undefined, 'en')).toBe('–');
    expect(formatNumber(null, 'sv')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
  });
});
