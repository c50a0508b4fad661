import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { juryReportFixture } from '@/lib/reports/jury-report-fixture';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';

describe('juryReportFixture (the bench model)', () => {
  it('is deterministic and renders to a full-size report of about 40 pages', async () => {
    expect(juryReportFixture()).toEqual(juryReportFixture());
    const t0 = performance.now();
    const pdf = await renderJuryReport(juryReportFixture(), new Date('2027-11-20T10:00:00Z'));
    const ms = performance.now() - t0;
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    console.log(`fixture: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB, ${ms.toFixed(0)} ms`);
    expect(pages).toBeGreaterThanOrEqual(35);
    expect(pages).toBeLessThanOrEqual(50);
  }, 60_000);
});
