import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { CATALOGUES } from '@/messages';

export type PdfTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * The fixed texts of the PDFs (headings, labels, table heads, footers) from messages/{sv,en}/pdf.json,
 * in the language of the page that asked for the PDF. Works outside React.
 */
export function pdfTranslator(locale: Locale = DEFAULT_LOCALE, namespace: string): PdfTranslator {
  const key = `${locale}|${namespace}`;
  let t = translators.get(key);
  if (!t) translators.set(key, (t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never }) as unknown as PdfTranslator));
  return t;
}
/** One translator per language and namespace, kept: it remembers the messages it has parsed. */
const translators = new Map<string, PdfTranslator>();

/** "A, B och C" / "A, B and C". */
export function listOf(items: string[], locale: Locale = DEFAULT_LOCALE): string {
  const and = pdfTranslator(locale, 'pdfCommon')('and');
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
