import { afterEach, describe, expect, it } from 'vitest';
import { juryReportFixture } from '@/lib/reports/jury-report-fixture';
import { buildJuryReport } from '@/lib/reports/jury-report-model';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';
import { setPdfSpeedUps } from '@/lib/reports/pdf-speed';
import { smallReportData } from './small-report-data';

/**
 * The jury report's speed-ups (lib/reports/pdf-speed.ts, the one-line texts in pdf-layout.ts) lean
 * on pdfkit's internals. They must make exactly the bytes pdfkit's own path makes: same text, same
 * positions, same fonts — so a pdfkit upgrade that changes those internals shows up here.
 */
const at = new Date('2027-11-20T10:00:00Z');

async function both(render: () => Promise<Buffer>) {
  setPdfSpeedUps(false);
  const plain = await render();
  setPdfSpeedUps(true);
  const fast = await render();
  // A second document in the same process: the widths, layouts and font subsets kept from the first.
  const again = await render();
  return { plain, fast, again };
}

describe('the jury report with and without the speed-ups', () => {
  afterEach(() => setPdfSpeedUps(true));

  it('makes the same bytes for the small report, in Swedish and in English', async () => {
    for (const locale of ['sv', 'en'] as const) {
      const { plain, fast, again } = await both(() => renderJuryReport(buildJuryReport(smallReportData(), locale), at));
      expect(plain.subarray(0, 5).toString()).toBe('%PDF-');
      expect(fast.equals(plain)).toBe(true);
      expect(again.equals(plain)).toBe(true);
    }
  });

  it('makes the same bytes for the 40-page report (290 rows, long tables, interview notes, page breaks)', async () => {
    const model = juryReportFixture();
    const { plain, fast, again } = await both(() => renderJuryReport(model, at));
    expect(plain.length).toBeGreaterThan(100_000);
    expect(fast.equals(plain)).toBe(true);
    expect(again.equals(plain)).toBe(true);
  });
});
