import { describe, expect, it } from 'vitest';
import { analyseSensitivity, rankNominations, shiftWeight } from '@/lib/domain/engine';
import type { EngineInput, NominationComponents, Rubric, Score } from '@/lib/domain/engine/types';
import { sensitivitySentence, sensitivityFacts } from '@/lib/assessment/sensitivity-text';
import { percentOf } from '@/lib/reports/format';
import { pdfTranslator } from '@/lib/reports/i18n';
import type { Locale } from '@/i18n/config';

const TWO_AREAS: Rubric = {
  scale: { min: 0, max: 100 },
  areas: [
    { key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] },
    { key: 'service', weight: 1, criteria: [{ id: 's', weight: 1 }] },
  ],
};
const ONE_AREA: Rubric = { scale: { min: 0, max: 100 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }] };

/** One juror; values by nomination and criterion. */
function input(rubric: Rubric, values: Record<string, Record<string, number>>, components: NominationComponents[] = []): EngineInput {
  const scores: Score[] = Object.entries(values).flatMap(([nominationId, byCriterion]) =>
    Object.entries(byCriterion).map(([criterionId, value]) => ({ jurorId: 'j1', nominationId, criterionId, value })),
  );
  return { rubric, scores, components };
}

describe('shiftWeight', () => {
  it.each([
    // a +10 pp: a = 0.6, others × (1 − 0.6)/(1 − 0.5) = 0.8 → b 0.24, c 0.16
    [{ a: 0.5, b: 0.3, c: 0.2 }, 'a', 0.1, { a: 0.6, b: 0.24, c: 0.16 }],
    // c −20 pp: c = 0, others × 1/0.8 → a 0.625, b 0.375
    [{ a: 0.5, b: 0.3, c: 0.2 }, 'c', -0.2, { a: 0.625, b: 0.375, c: 0 }],
    // all weight on a, a −10 pp: the freed 0.1 is shared equally by the others (all 0)
    [{ a: 1, b: 0, c: 0 }, 'a', -0.1, { a: 0.9, b: 0.05, c: 0.05 }],
  ] as const)('%o, %s %d', (weights, key, delta, expected) => {
    const out = shiftWeight(weights, ['a', 'b', 'c'], key, delta)!;
    for (const [k, v] of Object.entries(expected)) expect(out[k as 'a']).toBeCloseTo(v, 12);
    expect(out.a + out.b + out.c).toBeCloseTo(1, 12);
  });

  it('cannot move a weight outside 0–1', () => {
    expect(shiftWeight({ a: 0.2, b: 0.8 }, ['a', 'b'], 'a', -0.3)).toBeNull();
    expect(shiftWeight({ a: 0.95, b: 0.05 }, ['a', 'b'], 'a', 0.1)).toBeNull();
  });
});

/** The analysis said as the shortlist and the jury report say it (the engine itself returns data). */
const AREA_NAMES: Record<Locale, Record<string, string>> = { sv: { democracy: 'Demokrati', service: 'Service' }, en: { democracy: 'Democracy', service: 'Service' } };
function say(s: Parameters<typeof sensitivitySentence>[0], locale: Locale = 'sv') {
  return sensitivitySentence(s, pdfTranslator(locale, 'rankView'), {
    area: (key) => AREA_NAMES[locale][key] ?? key,
    component: (key) => pdfTranslator(locale, 'rankCommon.components')(key),
    percent: (share) => percentOf(share, locale),
  });
}

describe('analyseSensitivity', () => {
  it('area weight: first place flips at −2 pp democracy (= +2 pp service)', () => {
    // A: democracy 100, service 0 → 50; B: 40, 56 → 48. With w_d = 0.5 − δ:
    // A = 100(0.5 − δ), B = 40(0.5 − δ) + 56(0.5 + δ). δ = 1 pp: 49 vs 48.16 (A); δ = 2 pp: 48 vs 48.32 (B).
    const result = rankNominations(input(TWO_AREAS, { A: { d: 100, s: 0 }, B: { d: 40, s: 56 } }), { calibration: false });
    const s = analyseSensitivity(result);
    expect(s.verdict).toBe('sensitive');
    expect(s.firstPlace).toEqual(['A']);
    expect(s.smallestFlip).toMatchObject({
      weight: { kind: 'area', key: 'democracy' },
      changePp: -2,
      from: 0.5,
      to: expect.closeTo(0.48, 12),
      firstPlaceChanged: true,
      topKChanged: false,
      firstPlace: ['B'],
    });
    expect(say(s)).toBe('Känslig: om områdesvikten Demokrati ändras med −2 procentenheter (från 50 % till 48 %) ändras förstaplatsen.');
    expect(say(s, 'en')).toBe('Sensitive: if the area weight Democracy changes by −2 percentage points (from 50% to 48%), first place changes.');
    const byKey = Object.fromEntries(s.weights.map((w) => [w.weight.key, w]));
    expect(byKey.democracy.smallestIncrease).toBeNull();
    expect(byKey.service.smallestIncrease?.changePp).toBe(2);
    expect(byKey.service.smallestDecrease).toBeNull();
    // No component but the document review is present, so component weights cannot change anything.
    for (const key of ['documentReview', 'interview', 'serviceQuality', 'financialStrength']) {
      expect(byKey[key]).toMatchObject({ smallestIncrease: null, smallestDecrease: null });
    }
  });

  it('component weight: interview +4 pp flips first place, document review −5 pp too', () => {
    // A: doc 80, interview 40; B: doc 60, interview 90; both service quality and financial strength 50.
    // A = 48 + 8 + 5 + 5 = 66, B = 36 + 18 + 10 = 64.
    // Interview +δ (others × (0.8 − δ)/0.8): A = 66 − 32.5δ, B = 64 + 32.5δ → flips for δ > 2/65 = 3.08 pp → 4 pp.
    // Document review −δ (others × (0.4 + δ)/0.4): A = 66 − 35δ, B = 64 + 10δ → δ > 2/45 = 4.44 pp → 5 pp.
    const components = [
      { nominationId: 'A', interview: 40, serviceQuality: 50, financialStrength: 50 },
      { nominationId: 'B', interview: 90, serviceQuality: 50, financialStrength: 50 },
    ];
    const result = rankNominations(input(ONE_AREA, { A: { d: 80 }, B: { d: 60 } }, components), { calibration: false });
    expect(result.rows.map((r) => r.composite)).toEqual([expect.closeTo(66, 12), expect.closeTo(64, 12)]);
    const s = analyseSensitivity(result);
    const byKey = Object.fromEntries(s.weights.map((w) => [w.weight.key, w]));
    expect(byKey.interview.smallestIncrease).toMatchObject({ changePp: 4, to: expect.closeTo(0.24, 12) });
    expect(byKey.interview.smallestDecrease).toBeNull();
    expect(byKey.documentReview.smallestDecrease?.changePp).toBe(-5);
    expect(byKey.documentReview.smallestIncrease).toBeNull();
    // Equal values for both: shifting service quality or financial strength only rescales the gap.
    expect(byKey.serviceQuality).toMatchObject({ smallestIncrease: null, smallestDecrease: null });
    expect(byKey.financialStrength).toMatchObject({ smallestIncrease: null, smallestDecrease: null });
    // A single area can only be 100 %: nothing to move.
    expect(byKey.democracy).toMatchObject({ smallestIncrease: null, smallestDecrease: null });
    expect(s.smallestFlip).toMatchObject({ weight: { kind: 'component', key: 'interview' }, changePp: 4 });
    expect(say(s)).toContain('komponentvikten Intervju ändras med +4 procentenheter (från 20 % till 24 %)');
    expect(say(s, 'en')).toContain('the component weight Interview changes by +4 percentage points (from 20% to 24%)');
  });

  it('top-k: the set changes while first place stays', () => {
    // A 100/100 always first; B 100/0 = 50 and C 40/56 = 48 swap at −2 pp democracy (as above) → top 2 changes.
    const result = rankNominations(input(TWO_AREAS, { A: { d: 100, s: 100 }, B: { d: 100, s: 0 }, C: { d: 40, s: 56 } }), {
      calibration: false,
      topK: 2,
    });
    const s = analyseSensitivity(result);
    expect(s.topKSet).toEqual(['A', 'B']);
    expect(s.smallestFlip).toMatchObject({ changePp: -2, firstPlaceChanged: false, topKChanged: true, topK: ['A', 'C'] });
    expect(say(s)).toContain('ändras topp 2.');
  });

  it('"Stabil" when one nomination is better everywhere', () => {
    const result = rankNominations(input(TWO_AREAS, { A: { d: 90, s: 80 }, B: { d: 40, s: 50 } }), { calibration: false });
    const s = analyseSensitivity(result);
    expect(s.verdict).toBe('stable');
    expect(s.smallestFlip).toBeNull();
    expect(say(s)).toBe('Stabil: förstaplatsen och topp 5 ändras inte när någon enskild vikt flyttas upp till ±10 procentenheter.');
    expect(say(s, 'en')).toBe('Stable: first place and the top 5 do not change when any single weight moves by up to ±10 percentage points.');
  });

  it('one percentage point, in Swedish singular', () => {
    // A 100/0 = 50, B 40/58.5 = 49.25; −1 pp democracy: A 49, B 40·0.49 + 58.5·0.51 = 49.435 → B first.
    const result = rankNominations(input(TWO_AREAS, { A: { d: 100, s: 0 }, B: { d: 40, s: 58.5 } }), { calibration: false });
    expect(say(analyseSensitivity(result))).toBe(
      'Känslig: om områdesvikten Demokrati ändras med −1 procentenhet (från 50 % till 49 %) ändras förstaplatsen.',
    );
  });

  it('a flip needing more than 10 pp counts as stable', () => {
    // A 100/0 = 50, B 40/52 = 46: flips when 100(0.5 − δ) < 40(0.5 − δ) + 52(0.5 + δ) → δ > 4/112 = 3.6 pp → 4 pp;
    // with the search limited to 3 pp the answer is "Stabil".
    const result = rankNominations(input(TWO_AREAS, { A: { d: 100, s: 0 }, B: { d: 40, s: 52 } }), { calibration: false });
    expect(analyseSensitivity(result).smallestFlip?.changePp).toBe(-4);
    const limited = analyseSensitivity(result, { maxPp: 3 });
    expect(limited.verdict).toBe('stable');
    expect(say(limited)).toContain('upp till ±3 procentenheter');
  });
});

describe('a ranking snapshot\'s sensitivity', () => {
  it('keeps the facts, which say the same sentence again in either language', () => {
    const result = rankNominations(input(TWO_AREAS, { A: { d: 100, s: 0 }, B: { d: 40, s: 56 } }), { calibration: false });
    const s = analyseSensitivity(result);
    const stored = JSON.parse(JSON.stringify(sensitivityFacts(s)));
    expect(stored).toEqual({ verdict: 'sensitive', topK: 5, maxPp: 10, smallestFlip: expect.objectContaining({ weight: { kind: 'area', key: 'democracy' }, changePp: -2 }) });
    expect(JSON.stringify(stored)).not.toMatch(/[åäö]/);
    expect(say(stored)).toBe(say(s));
    expect(say(stored, 'en')).toBe(say(s, 'en'));
  });

  it('an old snapshot that stored the Swedish sentence still shows it', () => {
    const old = 'Känslig: om områdesvikten Demokrati ändras med −2 procentenheter (från 50 % till 48 %) ändras förstaplatsen.';
    expect(say(old)).toBe(old);
    expect(say(old, 'en')).toBe(old);
  });
});
