/**
 * The jury report, step two: lays the model out as an A4 PDF with DejaVu embedded — a title
 * page with a clickable table of contents (filled in with page numbers once the pages
 * exist), PDF bookmarks, a running header and "Sida X av N" on every page.
 * Plain function of the model, so a bench script can time it: renderJuryReport(model).
 */
import type { ComponentKey } from '@/lib/domain/engine/types';
import { pdfTranslator } from './i18n';
import type { JuryReportModel, SectionId } from './jury-report-model';
import { COLORS, contentWidth, createPdf, ensureSpace, facts, finishPages, heading, paragraph, table, type Pdf } from './pdf-layout';

/** The fixed texts in the model's language (messages/{sv,en}/pdf.json, pdfJury). */
const textsOf = (model: JuryReportModel) => pdfTranslator(model.locale, 'pdfJury');
const SHORT = (t: ReturnType<typeof textsOf>, key: ComponentKey) => t(`short.${key}`);

const NEW_PAGE: ReadonlySet<SectionId> = new Set(['rangordning', 'omraden', 'oenighet', 'intervjuer', 'beslut']);

function startSection(doc: Pdf, model: JuryReportModel, id: SectionId, pages: Map<SectionId, number>): void {
  const title = model.toc.find((t) => t.id === id)?.title ?? id;
  const number = model.toc.findIndex((t) => t.id === id) + 1;
  if (NEW_PAGE.has(id)) doc.addPage();
  else ensureSpace(doc, 120);
  const range = doc.bufferedPageRange();
  pages.set(id, range.start + range.count - 1);
  doc.addNamedDestination(id);
  doc.outline.addItem(`${number}. ${title}`);
  heading(doc, `${number}. ${title}`, 1);
}

function titlePage(doc: Pdf, model: JuryReportModel): number {
  const t = textsOf(model);
  doc.font('Bold').fontSize(24).fillColor(COLORS.brand).text(model.title, { width: contentWidth(doc) });
  doc.moveDown(0.2);
  doc.font('Body').fontSize(13).fillColor(COLORS.text).text(model.subtitle, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.fontSize(9.5).fillColor(COLORS.muted).text(t('intro', { when: model.generatedAt }), { width: contentWidth(doc) });
  doc.moveDown(1.2);
  doc.font('Bold').fontSize(14).fillColor(COLORS.brand).text(t('contents'), { width: contentWidth(doc) });
  doc.moveDown(0.4);
  const y = doc.y;
  doc.y = y + model.toc.length * 20 + 10;
  return y;
}

/** The table of contents on the first page, with the page each section starts on. */
function writeToc(doc: Pdf, model: JuryReportModel, tocY: number, pages: Map<SectionId, number>): void {
  doc.switchToPage(doc.bufferedPageRange().start);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  model.toc.forEach((entry, i) => {
    const y = tocY + i * 20;
    const label = `${i + 1}. ${entry.title}`;
    const pageNo = String((pages.get(entry.id) ?? 0) + 1);
    doc.font('Body').fontSize(11).fillColor(COLORS.text);
    const labelW = doc.widthOfString(label);
    const numW = doc.widthOfString(pageNo);
    doc.text(label, left, y, { lineBreak: false, goTo: entry.id });
    const dotsFrom = left + labelW + 6;
    const dotsTo = left + width - numW - 6;
    if (dotsTo > dotsFrom) {
      doc.fontSize(11).fillColor(COLORS.rule).text('.'.repeat(Math.max(0, Math.floor((dotsTo - dotsFrom) / doc.widthOfString('.')))), dotsFrom, y, { lineBreak: false });
    }
    doc.fillColor(COLORS.text).text(pageNo, left + width - numW, y, { lineBreak: false, goTo: entry.id });
  });
}

function rankingTable(doc: Pdf, model: JuryReportModel): void {
  const r = model.ranking;
  const t = textsOf(model);
  const status = (row: JuryReportModel['ranking']['rows'][number]) => (row.winner ? t('winnerMark') : row.finalist ? t('finalistMark') : '');
  table(
    doc,
    [
      { header: t('rank'), width: 32, align: 'right' },
      { header: t('municipality'), width: 80 },
      { header: '', width: 12, align: 'center' },
      { header: t('composite'), width: 48, align: 'right' },
      ...r.componentColumns.map((c) => ({ header: SHORT(t, c.key), width: 54, align: 'right' as const })),
      { header: t('interval'), width: 48, align: 'right' },
      { header: t('pFirst'), width: 40, align: 'right' },
      { header: t('pTopK', { k: String(r.topK) }), width: 46, align: 'right' },
    ],
    r.rows.map((row) => [
      row.rankLabel,
      row.municipality,
      status(row),
      row.text.composite,
      ...r.componentColumns.map((c) => row.text.components[c.key]),
      row.text.interval,
      row.text.pFirst,
      row.text.pTopK,
    ]),
    { size: 7.5, boldRows: new Set(r.rows.flatMap((row, i) => (row.winner ? [i] : []))) },
  );
  paragraph(
    doc,
    t('rankingKey'),
    { size: 8, color: COLORS.muted },
  );
}

function areaTable(doc: Pdf, model: JuryReportModel): void {
  const r = model.ranking;
  const t = textsOf(model);
  table(
    doc,
    [
      { header: t('rank'), width: 32, align: 'right' },
      { header: t('municipality'), width: 80 },
      ...r.areaColumns.map((a) => ({ header: a.label, width: Math.max(56, Math.min(80, 320 / r.areaColumns.length)), align: 'right' as const })),
      { header: t('missingAreas'), width: 80 },
    ],
    r.rows.map((row) => [row.rankLabel, row.municipality, ...r.areaColumns.map((a) => row.text.areas[a.key]), row.missingAreas.join(', ') || '–']),
    { size: 7.5 },
  );
}

/** Renders the model; resolves to the PDF bytes. */
export function renderJuryReport(model: JuryReportModel, createdAt: Date = new Date()): Promise<Buffer> {
  const t = textsOf(model);
  const { doc, done } = createPdf({ title: `${model.title} – ${model.subtitle}`, createdAt, subject: t('subject'), locale: model.locale });
  const pages = new Map<SectionId, number>();
  const tocY = titlePage(doc, model);

  startSection(doc, model, 'omgang', pages);
  facts(doc, model.cycle.facts);

  startSection(doc, model, 'jury', pages);
  table(doc, [{ header: t('name'), width: 1 }, { header: t('organisation'), width: 1 }], model.jury.map((j) => [j.name, j.organisation]), { size: 9 });

  startSection(doc, model, 'metod', pages);
  for (const p of model.method.paragraphs) paragraph(doc, p);
  heading(doc, model.weights.heading, 2);
  table(doc, [{ header: t('weightArea'), width: 3 }, { header: t('weight'), width: 1, align: 'right' }], model.weights.areas.map((a) => [a.label, a.text]), { size: 9 });
  table(doc, [{ header: t('weightComponent'), width: 3 }, { header: t('weight'), width: 1, align: 'right' }], model.weights.components.map((c) => [c.label, c.text]), { size: 9 });

  startSection(doc, model, 'rangordning', pages);
  for (const n of model.ranking.notes) paragraph(doc, n, { size: 9 });
  rankingTable(doc, model);

  startSection(doc, model, 'omraden', pages);
  paragraph(doc, t('areaIntro'), { size: 9 });
  areaTable(doc, model);

  startSection(doc, model, 'samstammighet', pages);
  paragraph(doc, t('alphaIntro', { alpha: model.agreement.overallAlpha }), { size: 9 });
  table(
    doc,
    [{ header: t('area'), width: 3 }, { header: t('alpha'), width: 2, align: 'right' }, { header: 'ICC(2,1)', width: 3, align: 'right' }, { header: t('cells'), width: 3, align: 'right' }],
    model.agreement.areas.map((a) => [a.label, a.alpha, a.icc, String(a.cells)]),
    { size: 9 },
  );

  startSection(doc, model, 'oenighet', pages);
  if (model.disagreements.length === 0) paragraph(doc, t('noDisagreement'));
  for (const d of model.disagreements) {
    ensureSpace(doc, 70);
    heading(doc, `${d.municipality} – ${d.area} (${t('span')} ${d.range})`, 3);
    for (const reason of d.reasons) paragraph(doc, reason, { size: 8.5, color: COLORS.muted });
    paragraph(doc, `${t('lowest')}: ${d.lowest.join('; ')}`, { size: 8.5, indent: 10 });
    paragraph(doc, `${t('highest')}: ${d.highest.join('; ')}`, { size: 8.5, indent: 10 });
  }

  startSection(doc, model, 'finalister', pages);
  if (model.finalists.length === 0) paragraph(doc, t('noFinalists'));
  else
    table(
      doc,
      [{ header: t('municipality'), width: 3 }, { header: t('county'), width: 3 }, { header: t('rank'), width: 1, align: 'right' }, { header: t('compositePlain'), width: 2, align: 'right' }],
      model.finalists.map((f) => [f.winner ? t('winnerSuffix', { municipality: f.municipality }) : f.municipality, f.county, f.rankLabel, f.composite]),
      { size: 9 },
    );

  startSection(doc, model, 'intervjuer', pages);
  if (model.interviews.length === 0) paragraph(doc, t('noInterviews'));
  for (const i of model.interviews) {
    heading(doc, i.municipality, 2);
    for (const a of i.areas) {
      heading(doc, a.area, 3);
      for (const n of a.notes) {
        ensureSpace(doc, 50);
        paragraph(doc, `${n.juror} — ${n.line}`, { size: 8.5, bold: true });
        if (n.strengths) paragraph(doc, `${t('strengths')}: ${n.strengths}`, { size: 8.5, indent: 10 });
        if (n.concerns) paragraph(doc, `${t('concerns')}: ${n.concerns}`, { size: 8.5, indent: 10 });
        if (n.observations) paragraph(doc, `${t('observations')}: ${n.observations}`, { size: 8.5, indent: 10 });
      }
    }
  }

  startSection(doc, model, 'beslut', pages);
  if (!model.decision) paragraph(doc, t('noDecision'));
  else {
    facts(doc, [
      { label: t('winner'), value: model.decision.winner },
      { label: t('decided'), value: model.decision.decidedAt },
      { label: t('decidedBy'), value: model.decision.decidedBy },
      ...(model.decision.development ? [{ label: t('development'), value: model.decision.development }] : []),
    ]);
    heading(doc, t('rationale'), 3);
    paragraph(doc, model.decision.rationale);
    if (model.decision.staleNote) paragraph(doc, model.decision.staleNote, { size: 8.5, color: COLORS.muted });
  }

  startSection(doc, model, 'motivering', pages);
  if (!model.motivation) paragraph(doc, t('noMotivation'));
  else {
    heading(doc, model.motivation.municipality, 2);
    paragraph(doc, model.motivation.text, { size: 11 });
    paragraph(doc, model.motivation.version, { size: 8.5, color: COLORS.muted });
  }

  writeToc(doc, model, tocY, pages);
  const first = doc.bufferedPageRange().start;
  finishPages(doc, t('header', { title: model.title, subtitle: model.subtitle }), { skipHeader: new Set([first]), locale: model.locale });
  doc.end();
  return done;
}
