import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJuryReport } from '@/lib/reports/jury-report-model';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';
import { MOTIVATION, smallReportData } from './small-report-data';

/** Text of a PDF as poppler's pdftotext extracts it (-layout keeps table rows on one line). */
export function pdfText(pdf: Buffer, layout = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-pdf-'));
  const file = path.join(dir, 'r.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('renderJuryReport', () => {
  let pdf: Buffer;
  let text: string;
  let pages: string[];
  beforeAll(async () => {
    pdf = await renderJuryReport(buildJuryReport(smallReportData()), new Date('2027-11-20T10:00:00Z'));
    text = pdfText(pdf);
    pages = text.split('\f').filter((p) => p.trim());
  });

  it('is a PDF with DejaVu embedded', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('has the ranking in the right order, with the composites', () => {
    const ranking = text.slice(text.search(/^4\. Rangordning\s*$/m), text.search(/^5\. Områdespoäng\s*$/m));
    expect(ranking.length).toBeGreaterThan(100);
    const at = (name: string) => ranking.search(new RegExp(`\\d\\s+${name}\\s`));
    const order = ['Habo', 'Mörbylånga', 'Svedala', 'Härryda'].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ranking).toMatch(/1\s+Habo\s+F\s+81,3/);
    expect(ranking).toMatch(/2\s+Mörbylånga\s+V\s+75,0/);
  });

  it('has the weights, the motivation, the decision and the jury', () => {
    expect(text).toMatch(/Viktuppsättning version 3/);
    expect(text).toMatch(/Demokrati\s+75 %/);
    expect(text).toMatch(/Service\s+25 %/);
    expect(text).toMatch(/Dokumentgranskning\s+60 %/);
    expect(squash(text)).toContain(squash(MOTIVATION));
    expect(text).toContain('Juryn enades om Mörbylånga efter intervjuerna.');
    expect(text).toMatch(/Bertil Berg\s+Swedbank/);
  });

  it('has a table of contents with the page each section starts on, and "Sida X av N" on every page', () => {
    const n = pages.length;
    expect(n).toBeGreaterThanOrEqual(4);
    pages.forEach((p, i) => expect(p).toContain(`Sida ${i + 1} av ${n}`));
    expect(pages[0]).toContain('Innehåll');
    const toc = (title: string) => Number(new RegExp(`${title}[ .]+(\\d+)`).exec(pages[0])?.[1]);
    for (const [title, heading] of [
      ['4\\. Rangordning', '4. Rangordning'],
      ['11\\. Juryns motivering', '11. Juryns motivering'],
      ['8\\. Finalister', '8. Finalister'],
    ]) {
      const page = toc(title);
      expect(page).toBeGreaterThan(1);
      expect(pages[page - 1]).toContain(heading);
    }
    // The running header on every page but the title page.
    pages.slice(1).forEach((p) => expect(p).toContain('Ej offentlig före publicering'));
  });
});
