import PDFDocument from 'pdfkit';
import { formatStockholm } from '@/lib/domain/phases';
import { APPLICATION_AREAS, DOCUMENT_TYPE_LABELS, type ApplicationAnswers } from '@/lib/validation/application';
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
};

const bytes = (n: number) => `${n.toLocaleString('sv-SE')} byte`;

export function buildReceiptModel(input: ReceiptInput): ReceiptModel {
  const a = input.answers;
  const contacts = a.contacts
    .filter((c) => c.name.trim())
    .map((c) => [c.name, c.role, c.email, c.phone].filter((x) => x.trim()).join(', '));
  const sections = [
    { heading: 'Kontaktpersoner', paragraphs: contacts.length ? contacts : ['–'] },
    ...APPLICATION_AREAS.map((area) => ({ heading: area.label, paragraphs: [a.selfDescription[area.key].trim() || '–'] })),
    { heading: 'Kommunens egna mål', paragraphs: [a.goals.trim() || '–'] },
    { heading: 'Uppföljning av målen', paragraphs: [a.followUp.trim() || '–'] },
    {
      heading: 'Nyckeltal',
      paragraphs: [
        `Invånare: ${a.keyFacts.inhabitants.trim() || '–'}`,
        `Anställda: ${a.keyFacts.employees.trim() || '–'}`,
        `Budget: ${a.keyFacts.budget.trim() || '–'}`,
        ...(a.keyFacts.other.trim() ? [a.keyFacts.other.trim()] : []),
      ],
    },
  ];
  return {
    title: `Kvitto på inskickad ansökan – ${input.municipality}`,
    facts: [
      { label: 'Kommun', value: `${input.municipality} (kommunkod ${input.kommunkod}, ${input.county})` },
      { label: 'Omgång', value: input.cycleName },
      { label: 'Inskickad', value: `${formatStockholm(new Date(input.submittedAt))} (svensk tid)` },
      { label: 'Ansökans nummer', value: String(input.nominationId) },
      { label: 'Antal dokument', value: String(input.documents.length) },
    ],
    sections,
    documents: input.documents.map((d) => ({
      title: d.title,
      details: `${DOCUMENT_TYPE_LABELS[d.type]} · ${d.filename} · ${d.pageCount ?? '?'} sidor · ${bytes(d.sizeBytes)}`,
      sha256: d.sha256,
    })),
    footer: 'SHA-256 är en kontrollsumma: en fil med samma kontrollsumma är exakt den fil som lämnades in.',
    submittedAt: new Date(input.submittedAt),
  };
}

/** Renders the model as an A4 PDF with DejaVu Sans embedded (å ä ö intact). */
export function renderReceipt(model: ReceiptModel): Promise<Buffer> {
  const doc = new PDFDocument({
    font: FONT_REGULAR,
    size: 'A4',
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
  doc.font('Bold').fontSize(13).fillColor('#1f3a5f').text('Dokument', { width });
  doc.moveDown(0.3);
  for (const d of model.documents) {
    doc.font('Bold').fontSize(10.5).fillColor('#222222').text(d.title, { width });
    doc.font('Body').fontSize(9.5).text(d.details, { width });
    doc.font('Body').fontSize(8.5).text(`SHA-256: ${d.sha256}`, { width });
    doc.moveDown(0.4);
  }
  doc.font('Body').fontSize(8.5).fillColor('#555555').text(model.footer, { width });
  doc.moveDown(0.8);
  doc.font('Bold').fontSize(13).fillColor('#1f3a5f').text('Svaren i ansökan', { width });
  for (const s of model.sections) {
    doc.moveDown(0.4);
    doc.font('Bold').fontSize(11).fillColor('#222222').text(s.heading, { width });
    for (const p of s.paragraphs) doc.font('Body').fontSize(10).text(p, { width, lineGap: 1.5 });
  }
  doc.end();
  return done;
}
