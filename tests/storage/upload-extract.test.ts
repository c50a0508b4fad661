import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoDocument } from '@/lib/reports/demo-document';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-extract-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const normalize = (s: string) => s.replace(/\s+/g, ' ').replace(/- (?=\p{L})/gu, '-').trim();

async function extractor(kind: 'poppler' | 'pdfjs') {
  if (kind === 'pdfjs') vi.stubEnv('KK_PDF_EXTRACTOR', 'pdfjs');
  return (await import('@/lib/jobs/extract-pdf-text')).extractPdfPages;
}

describe.each(['poppler', 'pdfjs'] as const)('extractPdfPages (%s)', (kind) => {
  it('returns the text of each page in order, with å ä ö', async () => {
    const doc = await generateDemoDocument({ municipalityName: 'Mörbylånga', kommunkod: '0840', type: 'uppfoljning', year: 2026, seed: 4, pages: 4 });
    const file = path.join(tmp, `${kind}.pdf`);
    fs.writeFileSync(file, doc.pdf);
    const pages = await (await extractor(kind))(file);
    expect(pages).toHaveLength(4);
    pages.forEach((p, i) => {
      expect(p).toContain(`Sida ${i + 1} av 4`);
      expect(normalize(p)).toContain('Mörbylånga kommun');
    });
    const heading = doc.pages[1].split('\n').find((l) => /^\d+\. \S/.test(l))!;
    expect(normalize(pages[1])).toContain(normalize(heading));
    expect(normalize(pages[0])).not.toContain(normalize(heading));
  });

  it('rejects a corrupt file', async () => {
    const file = path.join(tmp, `${kind}-bad.pdf`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')]));
    const extract = await extractor(kind);
    const result = await extract(file).then(
      (pages) => ({ pages }),
      (err: Error) => ({ err }),
    );
    // Either an error (retried, then 'failed') or no text at all (marked 'no_text') — never invented text.
    if ('pages' in result) expect(result.pages.every((p) => p.trim() === '')).toBe(true);
    else expect(result.err).toBeInstanceOf(Error);
  });
});
