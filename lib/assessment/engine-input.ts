/**
 * Pure mapping from database rows (as the queries in db/queries/assessment.ts return
 * them) to the engine's input shapes. No database, no clock: tested on plain objects.
 */
import { computeFinanceIndex, type CatalogueEntry, type KpiValue } from '@/lib/domain/finance-index';
import { rescale } from '@/lib/domain/engine/area-scores';
import type { EngineInput, NominationComponents, Rubric, Score } from '@/lib/domain/engine/types';

export type RubricRow = { id: number; key: string; name: string; weight: number; criteria: { id: number; weight: number }[] };
export type ScoreRow = { jurorId: number; nominationId: number; criterionId: number; value: number | null; cannotAssess: boolean };
export type InterviewRow = { jurorId: number; nominationId: number; areaId: number; score: number };
export type NominationRow = { id: number; kommunkod: string };

/** The cycle's rubric as the engine reads it (ids as strings, the cycle's scale). */
export function rubricFromRows(areas: readonly RubricRow[], scale: { min: number; max: number }): Rubric {
  return {
    scale: { min: scale.min, max: scale.max },
    areas: areas.map((a) => ({ key: a.key, weight: a.weight, criteria: a.criteria.map((c) => ({ id: String(c.id), weight: c.weight })) })),
  };
}

/**
 * Criterion scores → engine scores. "Kan inte bedöma" (cannotAssess, or no value) becomes
 * null, never zero. Scores of nominations outside `nominationIds` (e.g. withdrawn) are dropped.
 */
export function scoresFromRows(rows: readonly ScoreRow[], nominationIds: ReadonlySet<number>): Score[] {
  return rows
    .filter((r) => nominationIds.has(r.nominationId))
    .map((r) => ({
      jurorId: String(r.jurorId),
      nominationId: String(r.nominationId),
      criterionId: String(r.criterionId),
      value: r.cannotAssess || r.value === null ? null : r.value,
    }));
}

/**
 * Interview component per nomination, 0–100: the mean over all jurors' area scores from the
 * interview notes, each rescaled from the cycle's scale. Nominations without a scored note get
 * no entry (missing). A score outside the scale is ignored (it cannot be a valid note).
 */
export function interviewComponent(rows: readonly InterviewRow[], scale: { min: number; max: number }): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const r of rows) {
    if (!Number.isFinite(r.score) || r.score < scale.min || r.score > scale.max) continue;
    const e = sums.get(r.nominationId) ?? { sum: 0, n: 0 };
    e.sum += rescale(r.score, scale);
    e.n += 1;
    sums.set(r.nominationId, e);
  }
  return new Map([...sums].map(([id, e]) => [id, e.sum / e.n]));
}

/**
 * Service-quality and financial-strength indices per kommunkod (0–100, null = missing or
 * "otillräckliga data"), from the key figures of all municipalities imported (the reference set).
 */
export function indexComponents(
  values: readonly KpiValue[],
  catalogue: readonly CatalogueEntry[],
): Map<string, { serviceQuality: number | null; financialStrength: number | null }> {
  const out = new Map<string, { serviceQuality: number | null; financialStrength: number | null }>();
  if (values.length === 0 || catalogue.length === 0) return out;
  const result = computeFinanceIndex(values, catalogue);
  for (const row of result.rows) {
    const e = out.get(row.kommunkod) ?? { serviceQuality: null, financialStrength: null };
    if (row.component === 'service_quality') e.serviceQuality = row.index;
    else e.financialStrength = row.index;
    out.set(row.kommunkod, e);
  }
  return out;
}

/** Everything the engine needs for one cycle, built from the rows. */
export function buildEngineInput(data: {
  rubric: readonly RubricRow[];
  scale: { min: number; max: number };
  nominations: readonly NominationRow[];
  scores: readonly ScoreRow[];
  interviews: readonly InterviewRow[];
  indicators: { values: readonly KpiValue[]; catalogue: readonly CatalogueEntry[] };
}): EngineInput {
  const ids = new Set(data.nominations.map((n) => n.id));
  const interview = interviewComponent(
    data.interviews.filter((r) => ids.has(r.nominationId)),
    data.scale,
  );
  const indices = indexComponents(data.indicators.values, data.indicators.catalogue);
  const components: NominationComponents[] = data.nominations.map((n) => ({
    nominationId: String(n.id),
    interview: interview.get(n.id) ?? null,
    serviceQuality: indices.get(n.kommunkod)?.serviceQuality ?? null,
    financialStrength: indices.get(n.kommunkod)?.financialStrength ?? null,
  }));
  return {
    rubric: rubricFromRows(data.rubric, data.scale),
    scores: scoresFromRows(data.scores, ids),
    components,
    nominationIds: data.nominations.map((n) => String(n.id)),
  };
}
