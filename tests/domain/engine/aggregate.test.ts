import { describe, expect, it } from 'vitest';
import { aggregateCell, aggregateValues, resolveAggregation } from '@/lib/domain/engine/aggregate';

describe('aggregateValues', () => {
  it.each([
    // [10, 20, 30, 40, 100]: mean 200/5 = 40; median 30; trimmed 20 % drops ⌊5·0.2⌋ = 1 each end → (20+30+40)/3 = 30
    [[10, 20, 30, 40, 100], 'mean', 40],
    [[10, 20, 30, 40, 100], 'median', 30],
    [[10, 20, 30, 40, 100], 'trimmed', 30],
    // order of input does not matter
    [[100, 40, 10, 30, 20], 'trimmed', 30],
    // four values: median (20+30)/2 = 25; ⌊4·0.2⌋ = 0 → trimmed = mean = 40
    [[10, 20, 30, 100], 'median', 25],
    [[10, 20, 30, 100], 'trimmed', 40],
    // ten values 1…10: ⌊10·0.2⌋ = 2 each end → mean of 3…8 = 5.5
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'trimmed', 5.5],
    [[42], 'median', 42],
  ] as const)('%o %s → %d', (values, method, expected) => {
    expect(aggregateValues(values, method, 0.2)).toBe(expected);
  });

  it('gives null, not 0, without values', () => {
    expect(aggregateValues([], 'mean', 0.2)).toBeNull();
    expect(aggregateValues([], 'trimmed', 0.2)).toBeNull();
  });
});

describe('auto aggregation', () => {
  it.each([
    [4, 'mean'],
    [5, 'trimmed'],
    [12, 'trimmed'],
  ] as const)('%d jurors → %s', (n, expected) => expect(resolveAggregation('auto', n, 5)).toBe(expected));

  it('explicit choices are kept whatever the number of jurors', () => {
    expect(resolveAggregation('median', 2, 5)).toBe('median');
  });

  it('cells report method and juror count', () => {
    const opts = { aggregation: 'auto' as const, trimProportion: 0.2, minJurorsForTrim: 5 };
    // 5 jurors → trimmed: (20+30+40)/3 = 30
    expect(aggregateCell([10, 20, 30, 40, 100], opts)).toEqual({ value: 30, method: 'trimmed', jurors: 5 });
    // 4 jurors → mean: 160/4 = 40
    expect(aggregateCell([10, 20, 30, 100], opts)).toEqual({ value: 40, method: 'mean', jurors: 4 });
    // trimming 25 % of 4 would drop 1 each end, but auto means mean below 5 jurors
    expect(aggregateCell([10, 20, 30, 100], { ...opts, trimProportion: 0.25 }).value).toBe(40);
  });
});
