import 'server-only';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import { cycleById } from '@/db/queries/cycles';
import { nominationForLetter } from '@/db/queries/reports';
import { requireArea } from '@/lib/auth/guards';
import type { CurrentUser } from '@/lib/auth/session';
import { isResultPublic } from '@/lib/domain/publication';
import { MESSAGES } from '@/lib/errors';
import { enterLocale } from '@/lib/i18n/server-locale';
import { translateMessage, vt, type ValKey } from '@/lib/i18n/validation';
import { allDatasets, datasetOf } from '@/lib/exports/datasets';
import { EXPORT_FORMATS, exportStream, type ExportFormat } from '@/lib/exports/stream';
import { buildFeedbackLetter, renderFeedbackLetter } from '@/lib/reports/feedback-letter';
import { slug } from '@/lib/reports/format';
import { buildJuryReport } from '@/lib/reports/jury-report-model';
import { gatherJuryReportData } from '@/lib/reports/jury-report-data';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';
import { gatherFeedbackLetterData, gatherPressReleaseData } from '@/lib/reports/letters-data';
import { buildPressRelease, renderPressRelease } from '@/lib/reports/press-release';
import { formatDateTime } from '@/lib/time';

/**
 * Reports and exports: every download checks the caller here, on every request. Organisers
 * get the jury report, the press release and the data of any cycle; a municipality gets its
 * own feedback letter only once the result is public (isResultPublic) and the organiser has
 * released the letters.
 */

export type Refusal = { ok: false; status: 400 | 401 | 403 | 404 | 409; error: string };
export type PdfFile = { ok: true; pdf: Buffer; filename: string };

/** A refusal; a validation key (lib/i18n/validation.ts) is said in the language the file was asked for. */
const refuse = (status: Refusal['status'], error: ValKey | string): Refusal => ({ ok: false, status, error: translateMessage(error) });
const SIGNED_OUT = 'valLoaders.signedOut';
const NO_CYCLE = 'valActCommon.noCycle';
/** The refusal a municipality gets before its letter is released (the Swedish text). */
export const LETTER_NOT_AVAILABLE = vt('valLoaders.letterNotAvailable');

function organiserOnly(user: CurrentUser | null): Refusal | null {
  if (!user) return refuse(401, SIGNED_OUT);
  if (user.role !== 'organiser') return refuse(403, MESSAGES.forbidden);
  return null;
}

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** The jury report PDF of a cycle. */
export async function juryReportFile(user: CurrentUser | null, cycleId: number, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<PdfFile | Refusal> {
  enterLocale(locale);
  const refused = organiserOnly(user);
  if (refused) return refused;
  if (!validId(cycleId)) return refuse(404, NO_CYCLE);
  const data = gatherJuryReportData(getDb(), cycleId, now);
  if (!data) return refuse(404, 'valLoaders.noRubric');
  const pdf = await renderJuryReport(buildJuryReport(data, locale), now);
  return { ok: true, pdf, filename: `juryrapport-${data.cycle.year}-${cycleId}.pdf` };
}

/** The press release PDF of a cycle; 409 until the jury's decision is recorded. */
export async function pressReleaseFile(user: CurrentUser | null, cycleId: number, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<PdfFile | Refusal> {
  enterLocale(locale);
  const refused = organiserOnly(user);
  if (refused) return refused;
  if (!validId(cycleId)) return refuse(404, NO_CYCLE);
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) return refuse(404, NO_CYCLE);
  const data = gatherPressReleaseData(db, cycle, decisionOfCycle(db, cycleId));
  if (!data) return refuse(409, 'valLoaders.noDecision');
  const pdf = await renderPressRelease(buildPressRelease(data, locale), now);
  return { ok: true, pdf, filename: `pressmeddelande-${cycle.year}-${slug(data.winner.municipality)}.pdf` };
}

/**
 * A municipality's feedback letter. The municipality's own contacts get it once the result is
 * public and the letters are released (else 404 with a Swedish message); another municipality
 * gets 404 (the letter's existence is not revealed); organisers may preview any letter.
 */
export async function feedbackLetterFile(user: CurrentUser | null, nominationId: number, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<PdfFile | Refusal> {
  enterLocale(locale);
  if (!user) return refuse(401, SIGNED_OUT);
  if (user.role === 'juror') return refuse(403, MESSAGES.forbidden);
  if (!validId(nominationId)) return refuse(404, 'valLoaders.noLetter');
  const db = getDb();
  const n = nominationForLetter(db, nominationId);
  if (!n || n.status !== 'submitted') return refuse(404, 'valLoaders.noLetter');
  if (user.role === 'municipality') {
    if (!user.kommunkod || user.kommunkod !== n.kommunkod) return refuse(404, 'valLoaders.noLetter');
    const released = n.settings.feedbackLettersReleased === true;
    if (!isResultPublic({ phase: n.phase, embargoAt: n.embargoAt }, now) || !released) return refuse(404, 'valLoaders.letterNotAvailable');
  }
  const data = gatherFeedbackLetterData(db, n);
  if (!data) return refuse(404, 'valLoaders.noLetter');
  const pdf = await renderFeedbackLetter(buildFeedbackLetter(data, locale), now);
  return { ok: true, pdf, filename: `aterkoppling-${n.year}-${slug(n.municipality)}.pdf` };
}

/** Whether the municipality's letter can be fetched now (for the link on its home page). */
export function feedbackLetterAvailable(n: { phase: Parameters<typeof isResultPublic>[0]['phase']; embargoAt: string | null; settings: Record<string, unknown> }, now: Date = new Date()): boolean {
  return isResultPublic({ phase: n.phase, embargoAt: n.embargoAt }, now) && n.settings.feedbackLettersReleased === true;
}

/** For the municipality's home page: its own nominations whose feedback letters can be fetched now. */
export async function loadMyFeedbackLetters(nominationIds: readonly number[], now: Date = new Date()): Promise<Set<number>> {
  const user = await requireArea('kommun');
  const db = getDb();
  const out = new Set<number>();
  for (const id of nominationIds) {
    const n = nominationForLetter(db, id);
    if (n && n.kommunkod === user.kommunkod && n.status === 'submitted' && feedbackLetterAvailable(n, now)) out.add(id);
  }
  return out;
}

/** An export: the dataset as a CSV or JSON stream. */
export function exportFile(
  user: CurrentUser | null,
  cycleId: number,
  datasetKey: string,
  rawFormat: string | null,
): Refusal | { ok: true; stream: ReadableStream<Uint8Array>; filename: string; contentType: string } {
  const refused = organiserOnly(user);
  if (refused) return refused;
  const dataset = datasetOf(datasetKey);
  if (!dataset) return refuse(404, 'valLoaders.noExport');
  const format = (rawFormat ?? 'csv') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) return refuse(400, 'valLoaders.exportFormat');
  if (!validId(cycleId)) return refuse(404, NO_CYCLE);
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) return refuse(404, NO_CYCLE);
  return {
    ok: true,
    stream: exportStream(dataset, db, cycleId, format),
    filename: `${dataset.key}-${cycle.year}-${cycleId}.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
  };
}

/** The organiser's page of reports and exports. */
export async function loadExportPage(cycleId: number) {
  await requireArea('arrangor');
  if (!validId(cycleId)) notFound();
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) notFound();
  const settings = cycle.settings ?? {};
  const quote = (settings.pressReleaseQuote ?? {}) as { text?: unknown; by?: unknown };
  const base = `/api/arrangor/omgang/${cycle.id}`;
  return {
    cycle: { id: cycle.id, name: cycle.name, year: cycle.year, phase: cycle.phase, embargoAt: cycle.embargoAt ? formatDateTime(cycle.embargoAt) : null, embargoIso: cycle.embargoAt },
    hasDecision: decisionOfCycle(db, cycle.id) !== null,
    isPublic: isResultPublic({ phase: cycle.phase, embargoAt: cycle.embargoAt }, new Date()),
    links: { juryReport: `${base}/rapport`, pressRelease: `${base}/pressmeddelande` },
    datasets: allDatasets().map((d) => ({ key: d.key, csv: `${base}/export/${d.key}?format=csv`, json: `${base}/export/${d.key}?format=json` })),
    quote: { text: typeof quote.text === 'string' ? quote.text : '', by: typeof quote.by === 'string' ? quote.by : '' },
    lettersReleased: settings.feedbackLettersReleased === true,
  };
}

export type ExportPageData = Awaited<ReturnType<typeof loadExportPage>>;
