/**
 * Why a cell is flagged for discussion (lib/domain/disagreement.ts) in the reader's language:
 * the domain hands over the kind and the numbers, the sentences are rankAgreement's
 * (reasonRange, reasonOutlier), used by the shortlist's agreement panel and the jury report.
 * Pure and client-safe.
 */
import type { Locale } from '@/i18n/config';
import type { DisagreementReason } from '@/lib/domain/disagreement';

/** A translator of the rankAgreement namespace (next-intl's `t` or the PDF's). */
export type AgreementWords = (key: string, values?: Record<string, string | number>) => string;

const formats = new Map<Locale, Intl.NumberFormat>();

/** A score or z in the reader's language: at most one decimal, true minus sign, never "−0" (52,5 / 52.5; −2,5 / −2.5). */
export function reasonNumber(x: number, locale: Locale): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1, useGrouping: false })));
  const text = f.format(Math.abs(x));
  return x < 0 && /[1-9]/.test(text) ? `−${text}` : text;
}

export function disagreementReasonText(r: DisagreementReason, t: AgreementWords, locale: Locale): string {
  const n = (x: number) => reasonNumber(x, locale);
  return r.kind === 'range'
    ? t('reasonRange', { range: n(r.range), threshold: n(r.threshold) })
    : t('reasonOutlier', { score: n(r.score), mean: n(r.othersMean), z: n(r.z), limit: n(r.limit) });
}
