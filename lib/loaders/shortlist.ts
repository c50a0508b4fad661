import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import { computeAgreement, type AgreementView } from '@/lib/assessment/agreement-view';
import { readAssessmentInput, readAssessmentMeta, type AssessmentMeta } from '@/lib/assessment/data';
import { packEngineInput, packedSheetCount, type PackedEngineInput } from '@/lib/assessment/packed-input';
import { computeRankingView, type RankingView } from '@/lib/assessment/ranking-view';
import { engineSettings } from '@/lib/assessment/weights';
import { withAreaScores } from '@/lib/domain/engine/area-scores';
import { requireArea } from '@/lib/auth/guards';
import { packRanking, type PackedRanking } from '@/components/shortlist/packed-ranking';
import { databaseStamp } from '@/db/queries/database-stamp';
import { permits } from '@/lib/domain/phases';

/**
 * Computed rankings by (cycle, weight set, data revision, method settings): the page is computed once per
 * change of data or weights, not on every load. Small and bounded; a new revision simply
 * misses the cache.
 */
const cache = new Map<string, { ranking: RankingView; packedRanking: PackedRanking; agreement: AgreementView; input: PackedEngineInput; jurors: { id: number; name: string }[] }>();
const CACHE_LIMIT = 32;

/** A copy of a JSON value with every non-integer number rounded to 9 significant digits. */
export function roundFractions<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(9))) as T;
  if (Array.isArray(value)) return value.map(roundFractions) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = roundFractions(v);
    return out as T;
  }
  return value;
}

/** The computed ranking for the cycle's current data, weights and method (cached; null without a rubric). */
function computedFor(data: AssessmentMeta) {
  const cycleId = data.cycle.id;
  const key = `${cycleId}|${data.weightSet?.id ?? 0}|${data.revision}|${JSON.stringify(data.method)}`;
  let computed = cache.get(key);
  if (!computed && data.areas.length > 0) {
    const full = readAssessmentInput(getDb(), data);
    // Area scores once, for every step and for the browser (which gets them packed, not the criterion scores).
    const input = withAreaScores(full.input);
    // Fractions rounded to 9 significant digits (the page shows at most 1 decimal), which keeps
    // 17-digit floats such as 0.12500000000000003 out of the page's payload.
    const ranking = roundFractions(computeRankingView(input, engineSettings(data.weights, data.method, true)));
    computed = {
      ranking,
      // What the browser gets: the same ranking as column arrays (packed once per revision).
      packedRanking: packRanking(ranking),
      agreement: computeAgreement(input, full.comments),
      input: packEngineInput(input),
      jurors: full.jurors,
    };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, computed);
  }
  return computed ?? null;
}

/**
 * The engine's input for the browser's recomputation when a weight moves (per-juror area scores,
 * packed): fetched by the page only when needed, so the page itself stays small. Unguarded: the
 * route checks the organiser. Null for an unknown cycle or one without a rubric.
 */
export function loadShortlistInput(cycleId: number): PackedEngineInput | null {
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) return null;
  const data = readAssessmentMeta(getDb(), cycleId);
  return data ? (computedFor(data)?.input ?? null) : null;
}

/** The organiser's ranked shortlist of one cycle. Organisers only; 404 for an unknown cycle. */
export async function loadShortlist(cycleId: number) {
  await requireArea('arrangor');
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const stampKey = `${cycleId}|${databaseStamp(getDb())}`;
  const page = pageCache.get(stampKey) ?? shortlistOf(cycleId);
  if (!page) notFound();
  if (!pageCache.has(stampKey)) {
    if (pageCache.size >= CACHE_LIMIT) pageCache.delete(pageCache.keys().next().value!);
    pageCache.set(stampKey, page);
  }
  return page;
}

/** The page's data by (cycle, database stamp): while nothing in the database changed, not even the revision is read again. */
const pageCache = new Map<string, NonNullable<ReturnType<typeof shortlistOf>>>();

function shortlistOf(cycleId: number) {
  // The cheap facts first: a ranking computed for the same data revision, weights and method is
  // reused without reading the criterion scores (174,000 rows on a large cycle) again.
  const data = readAssessmentMeta(getDb(), cycleId);
  if (!data) return null;
  const computed = computedFor(data);

  const finalists = permits({ mode: data.cycle.mode, phase: data.cycle.phase, dates: {} }, 'name_finalists', new Date());
  const deciding = permits({ mode: data.cycle.mode, phase: data.cycle.phase, dates: {} }, 'record_decision', new Date());
  const decision = decisionOfCycle(getDb(), data.cycle.id);
  return {
    cycle: {
      id: data.cycle.id,
      name: data.cycle.name,
      phase: data.cycle.phase,
      isDemo: data.cycle.isDemo,
      scale: { min: data.cycle.scaleMin, max: data.cycle.scaleMax },
    },
    // Naming finalists depends on the phase only (permits: no dates, no mode rule), so a refusal is "wrong phase".
    canNameFinalists: finalists.ok ? ({ ok: true } as const) : ({ ok: false, required: 'finalists_named', current: data.cycle.phase } as const),
    canRecordDecision: deciding.ok && !decision,
    decision: decision
      ? {
          winner: data.nominations.find((n) => n.id === decision.winnerNominationId)?.municipality ?? '',
          rationale: decision.rationale,
          /** An instant; the page writes it in the reader's language. */
          decidedAt: decision.decidedAt,
        }
      : null,
    /** Where the browser fetches the engine's input when a weight moves (null without a rubric). */
    inputUrl: computed ? `/api/arrangor/omgang/${data.cycle.id}/topplista` : null,
    /** Juror × nomination sheets the ranking is computed from (0 = nothing submitted yet). */
    sheetCount: computed ? packedSheetCount(computed.input) : 0,
    method: data.method,
    nominations: data.nominations.map((n) => ({ id: String(n.id), municipality: n.municipality, county: n.county, finalist: n.finalist })),
    jurors: (computed?.jurors ?? []).map((j) => ({ id: String(j.id), name: j.name })),
    areas: data.areas,
    weights: data.weights,
    weightSet: data.weightSet ? { id: data.weightSet.id, version: data.weightSet.version, createdAt: data.weightSet.createdAt } : null,
    /** Null only when the cycle has no rubric yet (nothing to rank). Sent rounded (see computedFor). */
    ranking: computed?.ranking ?? null,
    /** The same ranking as column arrays, for the browser (components/shortlist/packed-ranking.ts). */
    packedRanking: computed?.packedRanking ?? null,
    agreement: computed?.agreement ?? null,
  };
}

export type ShortlistPageData = NonNullable<ReturnType<typeof shortlistOf>>;
