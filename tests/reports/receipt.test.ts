import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReceiptModel, renderReceipt, type ReceiptInput } from '@/lib/reports/receipt';
import { completeAnswers } from '../helpers/application-fixture';

const missing = spawnSync('pdftotext', ['-v']).error !== undefined;
if (missing && process.env.CI === 'true') throw new Error('pdftotext (poppler-utils) is required in CI');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const INPUT: ReceiptInput = {
  municipality: 'Mörbylånga',
  kommunkod: '0840',
  county: 'Kalmar län',
  cycleName: 'Sveriges KvalitetsKommun 2027',
  nominationId: 42,
  submittedAt: '2027-03-15T22:58:00.000Z',
  answers: completeAnswers(),
  documents: [
    { title: 'Mål och budget 2027', type: 'mal_och_budget', filename: 'mal-och-budget.pdf', sizeBytes: 1234567, pageCount: 48, sha256: 'a1'.repeat(32) },
    { title: 'Årsredovisning 2026', type: 'arsredovisning', filename: 'årsredovisning.pdf', sizeBytes: 2048, pageCount: 3, sha256: 'b2'.repeat(32) },
  ],
};

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('buildReceiptModel', () => {
  it('names the municipality, the cycle, the Stockholm submission time and every document with its checksum', () => {
    const m = buildReceiptModel(INPUT);
    expect(m.title).toBe('Kvitto på inskickad ansökan – Mörbylånga');
    expect(m.facts).toContainEqual({ label: 'Inskickad', value: '15 mars 2027 kl. 23.58 (svensk tid)' });
    expect(m.facts).toContainEqual({ label: 'Omgång', value: 'Sveriges KvalitetsKommun 2027' });
    expect(m.documents).toEqual([
      { title: 'Mål och budget 2027', details: 'Mål och budget · mal-och-budget.pdf · 48 sidor · 1\u00a0234\u00a0567 byte', sha256: 'a1'.repeat(32) },
      { title: 'Årsredovisning 2026', details: 'Årsredovisning · årsredovisning.pdf · 3 sidor · 2\u00a0048 byte', sha256: 'b2'.repeat(32) },
    ]);
    expect(m.sections.map((s) => s.heading)).toEqual([
      'Kontaktpersoner',
      'Demokrati',
      'Service och verksamheter',
      'Arbetsmiljö och arbetsgivarskap',
      'Samhällsbyggande',
      'Kommunens egna mål',
      'Uppföljning av målen',
      'Nyckeltal',
    ]);
    expect(m.sections[0].paragraphs).toEqual(['Åsa Öberg, Kvalitetsstrateg, asa.oberg@habo.se, 036-12 34 56']);
  });

  it('uses summer time in summer', () => {
    expect(buildReceiptModel({ ...INPUT, submittedAt: '2027-06-01T10:00:00.000Z' }).facts[2].value).toBe('1 juni 2027 kl. 12.00 (svensk tid)');
  });
});

describe.skipIf(missing)('renderReceipt', () => {
  it('renders a PDF whose extracted text holds the facts, both documents, their checksums and å ä ö', async () => {
    const pdf = await renderReceipt(buildReceiptModel(INPUT));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(tmp, 'kvitto.pdf');
    fs.writeFileSync(file, pdf);
    const text = normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const s of [
      'Kvitto på inskickad ansökan – Mörbylånga',
      'Mörbylånga (kommunkod 0840, Kalmar län)',
      '15 mars 2027 kl. 23.58',
      'Mål och budget 2027',
      'Årsredovisning 2026',
      `SHA-256: ${'a1'.repeat(32)}`,
      `SHA-256: ${'b2'.repeat(32)}`,
      'Arbetsmiljö och arbetsgivarskap',
      'medborgardialog',
    ]) {
      expect(text).toContain(s);
    }
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/Helvetica/);
  });
});
