import 'server-only';
import type { Db } from '@/db/client';
import { auditPage, rawScorePage } from '@/db/queries/reports';
import { calibrate } from '@/lib/domain/engine/calibration';
import { computeAreaScores } from '@/lib/domain/engine/area-scores';
import { resolveSettings } from '@/lib/domain/engine/settings';
import { computeAgreement } from '@/lib/assessment/agreement-view';
import { disagreementReasonText } from '@/lib/assessment/disagreement-text';
import { pdfTranslator } from '@/lib/reports/i18n';
import { reportBasis, reportRanking, type ReportBasis } from '@/lib/reports/report-ranking';
import type { CsvValue } from './csv';

/**
 * The organiser's export datasets of one cycle. Each one has fixed columns and yields its
 * rows in pages, so the route can stream them: the two large sets (every criterion score —
 * 290 × 30 × 20 = 174,000 rows — and the audit log) are read page by page with keyset
 * queries (no long-lived cursor on the shared connection); the computed sets come from
 * the same engine code the shortlist and the jury report use.
 * A dataset's name and description are the export page's (cycleExport.datasets in the
 * catalogue, both languages); its column headers are the documented, stable file format.
 */

export type Row = Record<string, CsvValue>;
export type Dataset = {
  key: DatasetKey;
  columns: { key: string; header: string }[];
  pages: (db: Db, cycleId: number) => Generator<Row[]>;
};

export const DATASET_KEYS = ['poang', 'omradespoang', 'rangordning', 'samstammighet', 'oenighet', 'finansindex', 'logg'] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

export const PAGE_SIZE = 5000;
/** Score sheets per page of the raw scores (× 20 criteria ≈ 5,000 rows). */
const SHEETS_PER_PAGE = 250;

const swedishAgreement = pdfTranslator('sv', 'rankAgreement');

const cols = (...pairs: [string, string][]) => pairs.map(([key, header]) => ({ key, header }));

function* inPages<T>(items: readonly T[], map: (item: T) => Row): Generator<Row[]> {
  for (let i = 0; i < items.length; i += PAGE_SIZE) yield items.slice(i, i + PAGE_SIZE).map(map);
}

const names = (r: ReportBasis) => ({
  nomination: new Map(r.data.nominations.map((n) => [String(n.id), n])),
  juror: new Map(r.data.jurors.map((j) => [String(j.id), j.name])),
  area: new Map(r.data.areas.map((a) => [a.key, a.name])),
});

const DATASETS: Record<DatasetKey, Dataset> = {
  poang: {
    key: 'poang',
    columns: cols(['jurorId', 'jurymedlem_id'], ['juror', 'jurymedlem'], ['nominationId', 'nominering_id'], ['kommunkod', 'kommunkod'], ['municipality', 'kommun'], ['areaKey', 'omrade'], ['criterionId', 'kriterium_id'], ['criterion', 'kriterium'], ['value', 'poang'], ['cannotAssess', 'kan_inte_bedoma'], ['comment', 'kommentar'], ['submittedAt', 'inskickad_utc']),
    *pages(db, cycleId) {
      let after = 0;
      for (;;) {
        const page = rawScorePage(db, cycleId, after, SHEETS_PER_PAGE);
        if (page.lastSheetId === null) return;
        yield page.rows.map(({ sheetId: _s, ...r }) => ({ ...r, cannotAssess: r.cannotAssess === 1 }));
        after = page.lastSheetId;
      }
    },
  },
  omradespoang: {
    key: 'omradespoang',
    columns: cols(['jurorId', 'jurymedlem_id'], ['juror', 'jurymedlem'], ['nominationId', 'nominering_id'], ['municipality', 'kommun'], ['areaKey', 'omrade'], ['area', 'omradesnamn'], ['raw', 'ra_0_100'], ['calibrated', 'kalibrerad_0_100'], ['jurorCalibrated', 'jurymedlem_kalibrerad'], ['assessedCriteria', 'bedomda_kriterier']),
    *pages(db, cycleId) {
      const r = reportBasis(db, cycleId);
      if (!r) return;
      const n = names(r);
      const used = resolveSettings(r.data.input.rubric, r.settings);
      const result = calibrate(computeAreaScores(r.data.input.rubric, r.data.input.scores), {
        enabled: used.calibration,
        minNominations: used.minNominationsForCalibration,
      });
      const calibrated = new Map(result.jurors.map((j) => [j.jurorId, j.calibrated]));
      yield* inPages(result.scores, (s) => ({
        jurorId: Number(s.jurorId),
        juror: n.juror.get(s.jurorId) ?? '',
        nominationId: Number(s.nominationId),
        municipality: n.nomination.get(s.nominationId)?.municipality ?? '',
        areaKey: s.areaKey,
        area: n.area.get(s.areaKey) ?? s.areaKey,
        raw: s.value,
        calibrated: s.calibrated,
        jurorCalibrated: calibrated.get(s.jurorId) ?? false,
        assessedCriteria: s.assessedCriteria,
      }));
    },
  },
  rangordning: {
    key: 'rangordning',
    columns: cols(['rank', 'plats'], ['tied', 'delad_plats'], ['nominationId', 'nominering_id'], ['kommunkod', 'kommunkod'], ['municipality', 'kommun'], ['finalist', 'finalist'], ['composite', 'sammanvagd'], ['documentReview', 'dokumentgranskning'], ['interview', 'intervju'], ['serviceQuality', 'servicekvalitet'], ['financialStrength', 'finansiell_styrka'], ['rankLow', 'intervall_lag'], ['rankHigh', 'intervall_hog'], ['pFirst', 'p_etta'], ['pTopK', 'p_topp_k'], ['missing', 'saknas'], ['weightSetVersion', 'viktversion']),
    *pages(db, cycleId) {
      const r = reportRanking(db, cycleId);
      if (!r) return;
      const n = names(r);
      yield* inPages(r.ranking.rows, (row) => ({
        rank: row.rank,
        tied: row.tied,
        nominationId: Number(row.nominationId),
        kommunkod: n.nomination.get(row.nominationId)?.kommunkod ?? '',
        municipality: n.nomination.get(row.nominationId)?.municipality ?? '',
        finalist: n.nomination.get(row.nominationId)?.finalist ?? false,
        composite: row.composite,
        ...row.components,
        rankLow: row.rankInterval.low,
        rankHigh: row.rankInterval.high,
        pFirst: row.pFirst,
        pTopK: row.pTopK,
        missing: [...row.missingComponents, ...row.missingAreas].join(', '),
        weightSetVersion: r.weightSet?.version ?? null,
      }));
    },
  },
  samstammighet: {
    key: 'samstammighet',
    columns: cols(['areaKey', 'omrade'], ['area', 'omradesnamn'], ['alpha', 'alfa'], ['icc', 'icc_2_1'], ['iccReason', 'icc_saknas_for_att'], ['iccRows', 'icc_rader'], ['pairableCells', 'celler_med_minst_tva']),
    *pages(db, cycleId) {
      const r = reportBasis(db, cycleId);
      if (!r) return;
      const n = names(r);
      const agreement = computeAgreement(r.data.input, r.data.comments);
      yield [
        ...agreement.areas.map((a) => ({ areaKey: a.areaKey, area: n.area.get(a.areaKey) ?? a.areaKey, alpha: a.alpha, icc: a.icc, iccReason: a.iccReason, iccRows: a.iccRows, pairableCells: a.pairableCells })),
        { areaKey: 'alla', area: 'Alla områden', alpha: agreement.overall.alpha, icc: null, iccReason: null, iccRows: null, pairableCells: null },
      ];
    },
  },
  oenighet: {
    key: 'oenighet',
    columns: cols(['nominationId', 'nominering_id'], ['municipality', 'kommun'], ['areaKey', 'omrade'], ['range', 'spannvidd'], ['reasons', 'skal'], ['lowest', 'lagst'], ['highest', 'hogst']),
    *pages(db, cycleId) {
      const r = reportBasis(db, cycleId);
      if (!r) return;
      const n = names(r);
      const agreement = computeAgreement(r.data.input, r.data.comments);
      const end = (list: { jurorId: string | number; score: number; comment?: string }[]) =>
        list.map((x) => `${n.juror.get(String(x.jurorId)) ?? x.jurorId}: ${x.score.toFixed(1).replace('.', ',')}${x.comment ? ` (${x.comment})` : ''}`).join(' | ');
      yield* inPages(agreement.flags, (f) => ({
        nominationId: Number(f.nominationId),
        municipality: n.nomination.get(String(f.nominationId))?.municipality ?? '',
        areaKey: f.areaKey,
        range: f.range,
        // The export's cells are Swedish like its documented format (decimal comma above).
        reasons: f.reasons.map((x) => disagreementReasonText(x, swedishAgreement, 'sv')).join(' '),
        lowest: end(f.lowest),
        highest: end(f.highest),
      }));
    },
  },
  finansindex: {
    key: 'finansindex',
    columns: cols(['nominationId', 'nominering_id'], ['kommunkod', 'kommunkod'], ['municipality', 'kommun'], ['financialStrength', 'finansiell_styrka'], ['serviceQuality', 'servicekvalitet']),
    *pages(db, cycleId) {
      const r = reportBasis(db, cycleId);
      if (!r) return;
      const n = names(r);
      yield* inPages(r.data.input.components, (c) => ({
        nominationId: Number(c.nominationId),
        kommunkod: n.nomination.get(c.nominationId)?.kommunkod ?? '',
        municipality: n.nomination.get(c.nominationId)?.municipality ?? '',
        financialStrength: c.financialStrength,
        serviceQuality: c.serviceQuality,
      }));
    },
  },
  logg: {
    key: 'logg',
    columns: cols(['id', 'id'], ['at', 'tid_utc'], ['actorId', 'person_id'], ['actor', 'person'], ['action', 'handelse'], ['entity', 'objekt'], ['entityId', 'objekt_id'], ['before', 'fore'], ['after', 'efter'], ['prevHash', 'foregaende_hash'], ['hash', 'hash']),
    *pages(db, cycleId) {
      let after = 0;
      for (;;) {
        const rows = auditPage(db, cycleId, after, PAGE_SIZE);
        if (rows.length === 0) return;
        yield rows;
        after = rows[rows.length - 1].id;
        if (rows.length < PAGE_SIZE) return;
      }
    },
  },
};

export function datasetOf(key: string): Dataset | null {
  return (DATASET_KEYS as readonly string[]).includes(key) ? DATASETS[key as DatasetKey] : null;
}

export function allDatasets(): Dataset[] {
  return DATASET_KEYS.map((k) => DATASETS[k]);
}
