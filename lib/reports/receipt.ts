import PDFDocument from 'pdfkit';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { formatStockholm } from '@/lib/domain/phases';
import { formatDateTime } from '@/lib/i18n/format';
import { APPLICATION_AREAS, type ApplicationAnswers } from '@/lib/validation/application';
import { pdfTranslator } from './i18n';
import type { DocumentType } from '@/db/schema/nominations';
import { FONT_REGULAR, registerFonts } from './fonts';

/**
 * The receipt a municipality gets when it submits: what was submitted, when, and
 * the checksum of every file. Built in two steps: a plain model (tested), then the PDF.
 */

export type ReceiptInput = {
  municipality: string;
  kommunkod: string;
  county: string;
  cycleName: string;
  nominationId: number;
  submittedAt: string;
  answers: ApplicationAnswers;
  documents: { title: string; type: DocumentType; filename: string; sizeBytes: number; pageCount: number | null; sha256: string }[];
};

export type ReceiptModel = {
  title: string;
  facts: { label: string; value: string }[];
  sections: { heading: string; paragraphs: string[] }[];
  documents: { title: string; details: string; sha256: string }[];
  footer: string;
  submittedAt: Date;
  /** The fixed headings of the PDF in the model's language. */
  labels: { documents: string; answers: string };
  locale: Locale;
};

/** The model in the language of the page that asked for it (Swedish by default). */
export function buildReceiptModel(input: ReceiptInput, locale: Locale = DEFAULT_LOCALE): ReceiptModel {
  const t = pdfTranslator(locale, 'pdfReceipt');
  const a = input.answers;
  const contacts = a.contacts
    .filter((c) => c.name.trim())
    .map((c) => [c.name, c.role, c.email, c.phone].filter((x) => x.trim()).join(', '));
  const sections = [
    { heading: t('contacts'), paragraphs: contacts.length ? contacts : ['–'] },
    ...APPLICATION_AREAS.map((area) => ({ heading: t(`areas.${area.key}`), paragraphs: [a.selfDescription[area.key].trim() || '–'] })),
    { heading: t('goals'), paragraphs: [a.goals.trim() || '–'] },
    { heading: t('followUp'), paragraphs: [a.followUp.trim() || '–'] },
    {
      heading: t('keyFacts'),
      paragraphs: [
        t('inhabitants', { value: a.keyFacts.inhabitants.trim() || '–' }),
        t('employees', { value: a.keyFacts.employees.trim() || '–' }),
        t('budget', { value: a.keyFacts.budget.trim() || '–' }),
        ...(a.keyFacts.other.trim() ? [a.keyFacts.other.trim()] : []),
      ],
    },
  ];
  return {
    title: t('title', { municipality: input.municipality }),
    facts: [
      { label: t('municipality'), value: t('municipalityValue', { municipality: input.municipality, kommunkod: input.kommunkod, county: input.county }) },
      { label: t('cycle'), value: input.cycleName },
      { label: t('submitted'), value: t('submittedValue', { when: locale === 'sv' ? formatStockholm(new Date(input.submittedAt)) : formatDateTime(input.submittedAt, locale) }) },
      { label: t('number'), value: String(input.nominationId) },
      { label: t('documentCount'), value: String(input.documents.length) },
    ],
    sections,
    documents: input.documents.map((d) => ({
      title: d.title,
      details: t('details', { type: t(`documentTypes.${d.type}`), filename: d.filename, pages: d.pageCount === null ? '?' : String(d.pageCount), bytes: d.sizeBytes.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB') }),
      sha256: d.sha256,
    })),
    footer: t('footer'),
    submittedAt: new Date(input.submittedAt),
    labels: { documents: t('documents'), answers: t('answers') },
    locale,
  };
}

/** Renders the model as an A4 PDF with DejaVu Sans embedded (å ä ö intact). */
export function renderReceipt(model: ReceiptModel): Promise<Buffer> {
  const doc = new PDFDocument({
    font: FONT_REGULAR,
    size: 'A4',
    lang: model.locale === 'en' ? 'en-GB' : 'sv-SE',
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    info: { Title: model.title, Author: 'Sveriges KvalitetsKommun', CreationDate: model.submittedAt, ModDate: model.submittedAt },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 120;
  doc.font('Bold').fontSize(17).fillColor('#1f3a5f').text(model.title, { width });
  doc.moveDown(0.6);
  for (const f of model.facts) {
    doc.font('Bold').fontSize(10.5).fillColor('#222222').text(`${f.label}: `, { continued: true, width });
    doc.font('Body').text(f.value);
  }
  doc.moveDown(0.8);
  doc.font('Bold').fontSize(13).fillColor('#1f3a5f').text(model.labels.documents, { width });
  doc.moveDown(0.3);
  for (const d of model.documents) {
    doc.font('Bold').fontSize(10.5).fillColor('#222222').text(d.title, { width });
    doc.font('Body').fontSize(9.5).text(d.details, { width });
    doc.font('Body').fontSize(8.5).text(`SHA-256: ${d.sha256}`, { width });
    doc.moveDown(0.4);
  }
  doc.font('Body').fontSize(8.5).fillColor('#555555').text(model.footer, { width });
  doc.moveDown(0.8);
  doc.font('Bold').fontSize(13).fillColor('#1f3a5f').text(model.labels.answers, { width });
  for (const s of model.sections) {
    doc.moveDown(0.4);
    doc.font('Bold').fontSize(11).fillColor('#222222').text(s.heading, { width });
    for (const p of s.paragraphs) doc.font('Body').fontSize(10).text(p, { width, lineGap: 1.5 });
  }
  doc.end();
  return done;
}
