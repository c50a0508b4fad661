/**
 * Combining the area scores of several jurors for one nomination × area into one number.
 */
import { mean, median, trimmedMean } from '../stats';
import type { Aggregation, AggregationSetting } from './types';

/** The method actually used for a cell with n jurors: 'auto' → trimmed from minJurorsForTrim jurors, else mean. */
export function resolveAggregation(setting: AggregationSetting, n: number, minJurorsForTrim: number): Aggregation {
  if (setting !== 'auto') return setting;
  return n >= minJurorsForTrim ? 'trimmed' : 'mean';
}

/**
 * mean: Σx / n; median: quantile type 7 at 0.5; trimmed: drop ⌊n·p⌋ values at each end,
 * then the mean. Null when there are no values.
 */
export function aggregateValues(values: readonly number[], method: Aggregation, trimProportion: number): number | null {
  if (values.length === 0) return null;
  switch (method) {
    case 'mean':
      return mean(values);
    case 'median':
      return median(values);
    case 'trimmed':
      return trimmedMean(values, trimProportion);
  }
}

export type AggregateOptions = { aggregation: AggregationSetting; trimProportion: number; minJurorsForTrim: number };

/** One cell: the value, the method used and how many jurors went into it. */
export function aggregateCell(
  values: readonly number[],
  options: AggregateOptions,
): { value: number | null; method: Aggregation; jurors: number } {
  const method = resolveAggregation(options.aggregation, values.length, options.minJurorsForTrim);
  return { value: aggregateValues(values, method, options.trimProportion), method, jurors: values.length };
}
