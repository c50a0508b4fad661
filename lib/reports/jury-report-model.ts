/**
 * The jury report (protocol), step one: a plain model built from the cycle's data. Pure:
 * no database, no clock, no pdfkit — the tests check its numbers and order, the renderer
 * (jury-report-pdf.ts) only lays it out.
 */
import type { AgreementView } from '@/lib/assessment/agreement-view';
import type { RankingView } from '@/lib/assessment/ranking-view';
import { CYCLE_MODE_LABELS, PHASE_LABELS, type CycleMode, type Phase } from '@/lib/domain/phases';
import { disagreementReasonText } from '@/lib/assessment/disagreement-text';
import { sensitivitySentence } from '@/lib/assessment/sensitivity-text';
import { COMPONENT_KEYS, type ComponentKey, type EngineSettingsInput } from '@/lib/domain/engine/types';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { formatDateTime as formatDateTimeIn } from '@/lib/i18n/format';
import { formatDateTime as formatSwedishDateTime } from '@/lib/time';
import { interval, one as oneIn, percentOf as percentIn, two as twoIn } from './format';
import { pdfTranslator } from './i18n';

export type JuryReportData = {
  cycle: { id: number; name: string; year: number; mode: CycleMode; phase: Phase; scaleMin: number; scaleMax: number };
  /** When the report was made (UTC ISO). */
  generatedAt: string;
  jury: { id: number; name: string; organisation: string | null }[];
  areas: { key: string; name: string }[];
  nominations: { id: number; municipality: string; county: string; finalist: boolean }[];
  /** The weight set the ranking used (the decision's, else the newest saved); null = defaults. */
  weightSet: { version: number; createdAt: string } | null;
  method: EngineSettingsInput;
  ranking: RankingView;
  agreement: AgreementView;
  interviews: {
    nominationId: number;
    notes: { areaKey: string; juror: string; roles: string; date: string | null; score: number | null; strengths: string; concerns: string; observations: string }[];
  }[];
  decision: { winnerNominationId: number; rationale: string; decidedAt: string; decidedBy: string | null; staleData: boolean } | null;
  motivation: { version: number; text: string; approvedAt: string } | null;
  /** The honour mention for the steadiest development (key-figure cycles), when named. */
  development?: { name: string; reason: string } | null;
};

export type SectionId = 'omgang' | 'jury' | 'metod' | 'rangordning' | 'omraden' | 'samstammighet' | 'oenighet' | 'finalister' | 'intervjuer' | 'beslut' | 'motivering';

export type JuryReportRankRow = {
  nominationId: number;
  rankLabel: string;
  municipality: string;
  finalist: boolean;
  winner: boolean;
  composite: number | null;
  components: Record<ComponentKey, number | null>;
  areas: Record<string, number | null>;
  interval: { low: number; high: number };
  pFirst: number;
  pTopK: number;
  /** Missing components and areas (labels). */
  missing: string[];
  /** Missing areas only (labels). */
  missingAreas: string[];
  /** The same numbers as display strings (Swedish decimal comma). */
  text: { composite: string; components: Record<ComponentKey, string>; areas: Record<string, string>; interval: string; pFirst: string; pTopK: string };
};

export type JuryReportModel = {
  title: string;
  subtitle: string;
  generatedAt: string;
  toc: { id: SectionId; title: string }[];
  cycle: { facts: { label: string; value: string }[] };
  jury: { name: string; organisation: string }[];
  method: { paragraphs: string[] };
  weights: {
    heading: string;
    areas: { key: string; label: string; share: number; text: string }[];
    components: { key: ComponentKey; label: string; share: number; text: string }[];
  };
  ranking: {
    areaColumns: { key: string; label: string }[];
    componentColumns: { key: ComponentKey; label: string }[];
    topK: number;
    rows: JuryReportRankRow[];
    notes: string[];
  };
  agreement: { overallAlpha: string; areas: { label: string; alpha: string; icc: string; cells: number }[] };
  disagreements: { municipality: string; area: string; range: string; reasons: string[]; lowest: string[]; highest: string[] }[];
  finalists: { municipality: string; county: string; rankLabel: string; composite: string; winner: boolean }[];
  interviews: { municipality: string; areas: { area: string; notes: { juror: string; line: string; strengths: string; concerns: string; observations: string }[] }[] }[];
  decision: { winner: string; rationale: string; decidedAt: string; decidedBy: string; staleNote: string | null; development: string | null } | null;
  motivation: { municipality: string; text: string; version: string } | null;
  /** The language of the fixed texts (the renderer reads its headings in it); Swedish when absent. */
  locale?: Locale;
};

export const SECTION_TITLES: Record<SectionId, string> = {
  omgang: 'Omgången',
  jury: 'Juryn',
  metod: 'Metod och vikter',
  rangordning: 'Rangordning',
  omraden: 'Områdespoäng',
  samstammighet: 'Samstämmighet per område',
  oenighet: 'Markerad oenighet',
  finalister: 'Finalister',
  intervjuer: 'Intervjuer',
  beslut: 'Beslut och motivering till beslutet',
  motivering: 'Juryns motivering',
};

function aggregationText(m: EngineSettingsInput, locale: Locale): string {
  const t = pdfTranslator(locale, 'pdfJury');
  const a = m.aggregation ?? 'auto';
  if (a === 'mean') return t('aggMean');
  if (a === 'median') return t('aggMedian');
  const trim = percentIn(m.trimProportion ?? 0.2, locale);
  if (a === 'trimmed') return t('aggTrimmed', { trim });
  return t('aggAuto', { trim, min: String(m.minJurorsForTrim ?? 5) });
}

/** Builds the report model. Rows keep the ranking's order; everything named comes from the data given. */
export function buildJuryReport(data: JuryReportData, locale: Locale = DEFAULT_LOCALE): JuryReportModel {
  const { ranking, cycle } = data;
  const t = pdfTranslator(locale, 'pdfJury');
  const one = (x: number | null | undefined) => oneIn(x, locale);
  const two = (x: number | null | undefined) => twoIn(x, locale);
  const percentOf = (share: number) => percentIn(share, locale);
  const formatDateTime = (iso: string) => (locale === 'sv' ? formatSwedishDateTime(iso) : formatDateTimeIn(iso, locale));
  const svOnly = locale === 'sv';
  const tAgreement = pdfTranslator(locale, 'rankAgreement');
  const nominationById = new Map(data.nominations.map((n) => [n.id, n]));
  const name = (id: number | string) => nominationById.get(Number(id))?.municipality ?? t('nomination', { id: String(id) });
  const areaName = new Map(data.areas.map((a) => [a.key, a.name]));
  const jurorName = new Map(data.jury.map((j) => [String(j.id), j.name]));
  const winnerId = data.decision?.winnerNominationId ?? null;

  const rows: JuryReportRankRow[] = ranking.rows.map((r) => {
    const id = Number(r.nominationId);
    const areas: Record<string, number | null> = {};
    const areaText: Record<string, string> = {};
    for (const a of data.areas) {
      const v = r.areas[a.key];
      areas[a.key] = v ? (ranking.calibrated ? v.calibrated : v.raw) : null;
      areaText[a.key] = one(areas[a.key]);
    }
    const compText = {} as Record<ComponentKey, string>;
    for (const k of COMPONENT_KEYS) compText[k] = one(r.components[k]);
    return {
      nominationId: id,
      rankLabel: r.rankLabel,
      municipality: name(id),
      finalist: nominationById.get(id)?.finalist ?? false,
      winner: id === winnerId,
      composite: r.composite,
      components: r.components,
      areas,
      interval: r.rankInterval,
      pFirst: r.pFirst,
      pTopK: r.pTopK,
      missing: [...r.missingComponents.map((k) => t(`components.${k}`)), ...r.missingAreas.map((k) => areaName.get(k) ?? k)],
      missingAreas: r.missingAreas.map((k) => areaName.get(k) ?? k),
      text: { composite: one(r.composite), components: compText, areas: areaText, interval: interval(r.rankInterval), pFirst: percentOf(r.pFirst), pTopK: percentOf(r.pTopK) },
    };
  });

  const rankNotes = [
    t('rankNote', {
      calibrated: ranking.calibrated ? t('calibrated') : t('uncalibrated'),
      replicates: ranking.replicates.toLocaleString(svOnly ? 'sv-SE' : 'en-GB'),
      seed: String(ranking.seed),
    }),
    t('tiesNote'),
    sensitivitySentence(ranking.sensitivity, pdfTranslator(locale, 'rankView'), {
      area: (key) => areaName.get(key) ?? key,
      component: (key) => t(`components.${key}`),
      percent: percentOf,
    }),
  ];
  if (ranking.ties.length > 0) {
    rankNotes.push(t('ties', { list: ranking.ties.map((tie) => `${tie.rank}= ${tie.ids.map(name).join(', ')}`).join('; ') }));
  }

  const finalists = rows
    .filter((r) => r.finalist)
    .map((r) => ({ municipality: r.municipality, county: nominationById.get(r.nominationId)?.county ?? '', rankLabel: r.rankLabel, composite: r.text.composite, winner: r.winner }));

  const interviews = data.interviews
    .filter((i) => nominationById.get(i.nominationId)?.finalist)
    .map((i) => ({
      municipality: name(i.nominationId),
      areas: data.areas
        .map((a) => ({
          area: a.name,
          notes: i.notes
            .filter((n) => n.areaKey === a.key)
            .map((n) => ({
              juror: n.juror,
              line: [n.roles && t('interviewed', { roles: n.roles }), n.date && t('date', { date: n.date }), t('score', { score: n.score === null ? '–' : String(n.score) })].filter(Boolean).join(' · '),
              strengths: n.strengths.trim(),
              concerns: n.concerns.trim(),
              observations: n.observations.trim(),
            })),
        }))
        .filter((a) => a.notes.length > 0),
    }))
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'sv'));

  const who = (r: { jurorId: string | number; score: number; comment?: string }) =>
    `${jurorName.get(String(r.jurorId)) ?? t('juror', { id: String(r.jurorId) })}: ${one(r.score)}${r.comment ? ` – ”${r.comment}”` : ''}`;

  const winnerName = winnerId === null ? null : name(winnerId);
  return {
    title: t('title', { year: String(cycle.year) }),
    subtitle: /kvalitetskommun/i.test(cycle.name) ? cycle.name : t('subtitle', { cycle: cycle.name }),
    generatedAt: formatDateTime(data.generatedAt),
    toc: (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => ({ id, title: t(`sections.${id}`) })),
    cycle: {
      facts: [
        { label: t('factCycle'), value: cycle.name },
        { label: t('factYear'), value: String(cycle.year) },
        { label: t('factMode'), value: svOnly ? CYCLE_MODE_LABELS[cycle.mode] : t(`modes.${cycle.mode}`) },
        { label: t('factPhase'), value: svOnly ? PHASE_LABELS[cycle.phase] : pdfTranslator(locale, 'phases')(cycle.phase) },
        { label: t('factAssessed'), value: String(rows.length) },
        { label: t('factJurors'), value: String(data.jury.length) },
        { label: t('factScale'), value: t('scale', { min: String(cycle.scaleMin), max: String(cycle.scaleMax) }) },
        { label: t('factCreated'), value: formatDateTime(data.generatedAt) },
      ],
    },
    jury: data.jury.map((j) => ({ name: j.name, organisation: j.organisation?.trim() || '–' })),
    method: {
      paragraphs: [
        t('method1'),
        ranking.calibrated
          ? t('method2Calibrated', { min: String(ranking.minNominationsForCalibration), calibrated: String(ranking.calibratedJurors.length), jurors: String(ranking.jurors) })
          : t('method2Uncalibrated'),
        t('method3', { aggregation: aggregationText(data.method, locale) }),
        t('method4', { k: String(ranking.topK) }),
      ],
    },
    weights: {
      heading: data.weightSet
        ? t('weightSet', { version: String(data.weightSet.version), when: formatDateTime(data.weightSet.createdAt) })
        : t('defaultWeights'),
      areas: data.areas.map((a) => {
        const share = ranking.areaWeights[a.key] ?? 0;
        return { key: a.key, label: a.name, share, text: percentOf(share) };
      }),
      components: COMPONENT_KEYS.map((k) => ({ key: k, label: t(`components.${k}`), share: ranking.componentWeights[k], text: percentOf(ranking.componentWeights[k]) })),
    },
    ranking: {
      areaColumns: data.areas.map((a) => ({ key: a.key, label: a.name })),
      componentColumns: COMPONENT_KEYS.map((k) => ({ key: k, label: t(`components.${k}`) })),
      topK: ranking.topK,
      rows,
      notes: rankNotes,
    },
    agreement: {
      overallAlpha: two(data.agreement.overall.alpha),
      areas: data.agreement.areas.map((a) => ({
        label: areaName.get(a.areaKey) ?? a.areaKey,
        alpha: two(a.alpha),
        icc: a.icc !== null ? two(a.icc) : `– (${a.iccReason ? t(`iccReasons.${a.iccReason}`) : t('missing')})`,
        cells: a.pairableCells,
      })),
    },
    disagreements: data.agreement.flags.map((f) => ({
      municipality: name(f.nominationId),
      area: areaName.get(f.areaKey) ?? f.areaKey,
      range: one(f.range),
      // The shortlist page's sentences, in the report's language.
      reasons: f.reasons.map((r) => disagreementReasonText(r, tAgreement, locale)),
      lowest: f.lowest.map(who),
      highest: f.highest.map(who),
    })),
    finalists,
    interviews,
    decision:
      data.decision && winnerName
        ? {
            winner: winnerName,
            rationale: data.decision.rationale,
            decidedAt: formatDateTime(data.decision.decidedAt),
            decidedBy: data.decision.decidedBy ?? '–',
            staleNote: data.decision.staleData
              ? t('stale')
              : null,
            development: data.development ? [data.development.name, data.development.reason].filter(Boolean).join(' – ') : null,
          }
        : null,
    motivation: data.motivation && winnerName ? { municipality: winnerName, text: data.motivation.text, version: t('motivationVersion', { version: String(data.motivation.version), when: formatDateTime(data.motivation.approvedAt) }) } : null,
    locale,
  };
}
