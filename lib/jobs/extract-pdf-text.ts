import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PDF whose text cannot be read at all (encrypted): not worth retrying. */
export class UnreadablePdfError extends Error {}

let popplerAvailable: boolean | undefined;

function hasPdftotext(): boolean {
  if (process.env.KK_PDF_EXTRACTOR === 'pdfjs') return false;
  popplerAvailable ??= spawnSync('pdftotext', ['-v']).error === undefined;
  return popplerAvailable;
}

/**
 * The text of every page of a PDF, in order (blank pages as ''). pdftotext from
 * poppler where installed (fast, outside the Node heap), pdfjs-dist otherwise.
 */
export async function extractPdfPages(file: string): Promise<string[]> {
  return hasPdftotext() ? extractWithPdftotext(file) : extractWithPdfjs(file);
}

async function extractWithPdftotext(file: string): Promise<string[]> {
  try {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', file, '-'], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    const pages = stdout.split('\f');
    if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
    return pages.map(tidy);
  } catch (err) {
    const stderr = String((err as { stderr?: string }).stderr ?? '');
    if (/password|encrypt/i.test(stderr)) throw new UnreadablePdfError('Encrypted PDF');
    throw new Error(`pdftotext failed: ${stderr.trim().slice(0, 300) || (err as Error).message}`);
  }
}

async function extractWithPdfjs(file: string): Promise<string[]> {
  const pdfjs = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'pdfjs-dist/legacy/build/pdf.mjs')) as typeof import('pdfjs-dist');
  const data = new Uint8Array(fs.readFileSync(file));
  let doc;
  try {
    doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    if ((err as Error).name === 'PasswordException') throw new UnreadablePdfError('Encrypted PDF');
    throw err;
  }
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(tidy(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('')));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
