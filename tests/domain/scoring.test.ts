import { describe, expect, it } from 'vitest';
import {
  commentRequired,
  criterionState,
  distributionOf,
  isValidScale,
  ownProfile,
  refuseScore,
  scaleMiddle,
  scaleValues,
  sheetCompleteness,
  type ScoreInput,
} from '@/lib/domain/scoring';

const scale = { min: 1, max: 5 };
const s = (value: number | null, comment = '', cannotAssess = false): ScoreInput => ({ value, cannotAssess, comment });

describe('the scale', () => {
  it('lists its values and its middle', () => {
    expect(scaleValues(scale)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleMiddle(scale)).toBe(3);
    expect(scaleMiddle({ min: 1, max: 4 })).toBe(2.5);
    expect(isValidScale({ min: 1, max: 1 })).toBe(false);
    expect(isValidScale({ min: 0, max: 10 })).toBe(true);
  });
});

describe('refuseScore', () => {
  it.each([
    [s(1), null],
    [s(5), null],
    [s(null), null],
    [s(null, 'Underlag saknas', true), null],
    [s(0), 'value'],
    [s(6), 'value'],
    [s(2.5), 'value'],
    [s(-1), 'value'],
    [s(3, 'x', true), 'cannotAssess'],
  ])('%j → %s', (input, field) => {
    const r = refuseScore(scale, input);
    if (field === null) expect(r).toBeNull();
    else {
      expect(r?.field).toBe(field);
      expect(r?.message).toMatch(/[åäö]|Välj/);
    }
  });

  it('names the scale in its message', () => {
    expect(refuseScore({ min: 0, max: 10 }, s(11))?.message).toBe('Välj ett värde från 0 till 10.');
  });
});

describe('commentRequired and criterionState', () => {
  it('asks a comment for the lowest, the highest and "kan inte bedöma" only', () => {
    expect([1, 2, 3, 4, 5].map((v) => commentRequired(scale, { value: v, cannotAssess: false }))).toEqual([true, false, false, false, true]);
    expect(commentRequired(scale, { value: null, cannotAssess: true })).toBe(true);
  });

  it('tells missing, comment required and complete apart', () => {
    expect(criterionState(scale, undefined)).toBe('missing');
    expect(criterionState(scale, s(null, 'bara en kommentar'))).toBe('missing');
    expect(criterionState(scale, s(5))).toBe('comment_required');
    expect(criterionState(scale, s(1, '   '))).toBe('comment_required');
    expect(criterionState(scale, s(null, '', true))).toBe('comment_required');
    expect(criterionState(scale, s(1, 'Saknar mål'))).toBe('complete');
    expect(criterionState(scale, s(3))).toBe('complete');
    expect(criterionState(scale, s(null, 'Inget underlag', true))).toBe('complete');
  });
});

describe('sheetCompleteness', () => {
  it('lists the missing criteria in rubric order with their reason', () => {
    const scores = new Map<number, ScoreInput>([
      [10, s(3)],
      [12, s(5)],
      [13, s(null, 'Underlag saknas', true)],
    ]);
    expect(sheetCompleteness(scale, [10, 11, 12, 13], scores)).toEqual({
      complete: false,
      done: 2,
      total: 4,
      missing: [
        { criterionId: 11, reason: 'missing' },
        { criterionId: 12, reason: 'comment_required' },
      ],
    });
  });

  it('is complete when every criterion is, and ignores scores of criteria not in the rubric', () => {
    const scores = new Map<number, ScoreInput>([
      [1, s(2)],
      [2, s(4)],
      [99, s(null)],
    ]);
    expect(sheetCompleteness(scale, [1, 2], scores)).toEqual({ complete: true, done: 2, total: 2, missing: [] });
  });
});

describe('distributionOf and ownProfile', () => {
  it('counts per value, apart from "kan inte bedöma", ignoring drafts', () => {
    const d = distributionOf(scale, [s(1), s(3), s(3), s(4), s(null, '', true), s(null)]);
    expect(d.counts).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 0 },
      { value: 3, count: 2 },
      { value: 4, count: 1 },
      { value: 5, count: 0 },
    ]);
    expect(d).toMatchObject({ n: 4, cannotAssess: 1, mean: 2.75, median: 3 });
    expect(distributionOf(scale, [s(2), s(5)]).median).toBe(3.5);
    expect(distributionOf(scale, [])).toMatchObject({ n: 0, mean: null, median: null });
  });

  it('calls a juror lenient, strict or balanced against the middle, and says when there are too few scores', () => {
    const many = (v: number, n = 10) => Array.from({ length: n }, () => s(v));
    expect(ownProfile(scale, many(4))).toMatchObject({ middle: 3, offset: 1, tendency: 'lenient' });
    expect(ownProfile(scale, [...many(2, 5), ...many(3, 5)])).toMatchObject({ offset: -0.5, tendency: 'strict' });
    expect(ownProfile(scale, [...many(3, 6), ...many(4, 4)])).toMatchObject({ tendency: 'balanced' });
    expect(ownProfile(scale, many(5, 9))).toMatchObject({ offset: 2, tendency: 'too_few' });
    expect(ownProfile(scale, [])).toMatchObject({ offset: null, tendency: 'too_few' });
  });
});
