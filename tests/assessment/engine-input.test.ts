import { describe, expect, it } from 'vitest';
import { buildEngineInput, indexComponents, interviewComponent, rubricFromRows, scoresFromRows } from '@/lib/assessment/engine-input';
import { rankNominations } from '@/lib/domain/engine';

const rubric = [
  { id: 1, key: 'democracy', name: 'Demokrati', weight: 1, criteria: [{ id: 11, weight: 1 }, { id: 12, weight: 2 }] },
  { id: 2, key: 'service', name: 'Service', weight: 1, criteria: [{ id: 21, weight: 1 }] },
];
const scale = { min: 1, max: 5 };

describe('mapping database rows to the engine input', () => {
  it('turns the rubric into string ids with the cycle scale and the stored weights', () => {
    expect(rubricFromRows(rubric, scale)).toEqual({
      scale: { min: 1, max: 5 },
      areas: [
        { key: 'democracy', weight: 1, criteria: [{ id: '11', weight: 1 }, { id: '12', weight: 2 }] },
        { key: 'service', weight: 1, criteria: [{ id: '21', weight: 1 }] },
      ],
    });
  });

  it('maps "kan inte bedöma" to null (never 0) and drops nominations outside the ranking', () => {
    const rows = [
      { jurorId: 7, nominationId: 100, criterionId: 11, value: 4, cannotAssess: false },
      { jurorId: 7, nominationId: 100, criterionId: 12, value: 3, cannotAssess: true },
      { jurorId: 7, nominationId: 100, criterionId: 21, value: null, cannotAssess: false },
      { jurorId: 7, nominationId: 999, criterionId: 11, value: 5, cannotAssess: false },
    ];
    expect(scoresFromRows(rows, new Set([100]))).toEqual([
      { jurorId: '7', nominationId: '100', criterionId: '11', value: 4 },
      { jurorId: '7', nominationId: '100', criterionId: '12', value: null },
      { jurorId: '7', nominationId: '100', criterionId: '21', value: null },
    ]);
  });

  it('averages interview scores over jurors and areas on 0–100, ignoring scores off the scale', () => {
    const rows = [
      { jurorId: 1, nominationId: 5, areaId: 1, score: 5 }, // 100
      { jurorId: 2, nominationId: 5, areaId: 1, score: 3 }, // 50
      { jurorId: 2, nominationId: 5, areaId: 2, score: 9 }, // off the scale, ignored
      { jurorId: 1, nominationId: 6, areaId: 1, score: 1 }, // 0
    ];
    const m = interviewComponent(rows, scale);
    expect(m.get(5)).toBeCloseTo(75, 12);
    expect(m.get(6)).toBe(0);
    expect(m.has(7)).toBe(false);
  });

  it('computes the index components from the key figures of all municipalities (the reference set)', () => {
    const catalogue = [
      { id: 'F1', direction: 'higher' as const, component: 'financial_strength' as const },
      { id: 'F2', direction: 'lower' as const, component: 'financial_strength' as const },
    ];
    const values = ['0001', '0002', '0003'].flatMap((k, i) =>
      [2024, 2025, 2026].flatMap((year) => [
        { kommunkod: k, kpi: 'F1', year, value: i },
        { kommunkod: k, kpi: 'F2', year, value: i },
      ]),
    );
    const m = indexComponents(values, catalogue);
    expect(m.get('0001')?.serviceQuality).toBeNull();
    const f = [m.get('0001')!.financialStrength!, m.get('0002')!.financialStrength!, m.get('0003')!.financialStrength!];
    // F1 and F2 point in opposite directions, so every municipality ends at the same index.
    expect(f[0]).toBeCloseTo(f[1], 9);
    expect(f[1]).toBeCloseTo(f[2], 9);
    expect(indexComponents([], catalogue).size).toBe(0);
  });

  it('builds an input whose components are missing (null) where there is no data, and the engine re-normalises', () => {
    const input = buildEngineInput({
      rubric,
      scale,
      nominations: [
        { id: 100, kommunkod: '0001' },
        { id: 200, kommunkod: '0002' },
      ],
      scores: [
        { jurorId: 7, nominationId: 100, criterionId: 11, value: 5, cannotAssess: false },
        { jurorId: 7, nominationId: 200, criterionId: 11, value: 1, cannotAssess: false },
      ],
      interviews: [{ jurorId: 7, nominationId: 100, areaId: 1, score: 3 }],
      indicators: { values: [], catalogue: [] },
    });
    expect(input.nominationIds).toEqual(['100', '200']);
    expect(input.components).toEqual([
      { nominationId: '100', interview: 50, serviceQuality: null, financialStrength: null },
      { nominationId: '200', interview: null, serviceQuality: null, financialStrength: null },
    ]);
    const result = rankNominations(input, { calibration: false });
    const row = result.rows.find((r) => r.nominationId === '200')!;
    expect(row.missingComponents).toEqual(['interview', 'serviceQuality', 'financialStrength']);
    expect(row.effectiveWeights.documentReview).toBe(1);
    expect(row.composite).toBe(0); // a real 0 from the document review (score 1 on 1–5), not a missing one
    expect(row.missingAreas).toEqual(['service']);
  });
});
