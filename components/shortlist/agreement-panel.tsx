import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import type { AgreementView } from '@/lib/assessment/agreement-view';
import { disagreementReasonText, type AgreementWords } from '@/lib/assessment/disagreement-text';
import type { DisagreementReason } from '@/lib/domain/disagreement';
import { coefficient } from './format';

type Props = {
  agreement: AgreementView;
  areaName: (key: string) => string;
  municipality: (id: string) => string;
  juror: (id: string) => string;
  /** Show only the first this many flagged cells, with a link to all of them (`allFlagsHref`). */
  flagLimit?: number;
  allFlagsHref?: string;
};

/** Agreement per area (Krippendorff's alpha, ICC(2,1)) and the cells flagged for discussion. */
export async function AgreementPanel({ agreement, areaName, municipality, juror, flagLimit, allFlagsHref }: Props) {
  const [t, locale] = await Promise.all([getTranslations('rankAgreement'), getLocale() as Promise<Locale>]);
  const flags = flagLimit === undefined ? agreement.flags : agreement.flags.slice(0, flagLimit);
  // The reasons are data; their sentences are the reader's language's.
  const reason = (r: DisagreementReason) => disagreementReasonText(r, t as unknown as AgreementWords, locale);
  return (
    <>
      <p className="text-slate-700">{t.rich('intro', { alpha: coefficient(agreement.overall.alpha, locale), strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="samstammighet-caption">
      <table className="min-w-[28rem] border-collapse text-sm">
        <caption id="samstammighet-caption" className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-4">{t('colArea')}</th>
            <th scope="col" className="py-1 pr-4 text-right">{t('colAlpha')}</th>
            <th scope="col" className="py-1 pr-4">{t('colIcc')}</th>
            <th scope="col" className="py-1 text-right">{t('colPairs')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.areas.map((a) => (
            <tr key={a.areaKey} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {areaName(a.areaKey)}
              </th>
              <td className="py-1 pr-4 text-right tabular-nums">{coefficient(a.alpha, locale)}</td>
              <td className="py-1 pr-4">{a.icc !== null ? coefficient(a.icc, locale) : t('iccNot', { reason: t(`iccReasons.${a.iccReason ?? 'no-variance'}`) })}</td>
              <td className="py-1 text-right tabular-nums">{a.pairableCells}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h3 className="mt-6 text-lg font-semibold">{t('discussHeading')}</h3>
      {agreement.flags.length === 0 ? (
        <p className="mt-2">{t('noFlags')}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {flags.map((f) => (
            <li key={`${f.nominationId}-${f.areaKey}`} className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
              <p className="font-medium">
                {municipality(String(f.nominationId))} – {areaName(f.areaKey)}
              </p>
              <p className="text-sm">{f.reasons.map(reason).join('. ')}.</p>
              {/* A <div> per term and its description (a <br> is not allowed between them in a <dl>). */}
              <dl className="mt-1 text-sm break-words">
                <div>
                  <dt className="inline font-medium">{t('lowest')}</dt>
                  <dd className="inline">
                    {f.lowest.map((r) => `${juror(String(r.jurorId))} (${Math.round(r.score)})${r.comment ? `: ”${r.comment}”` : ''}`).join('; ')}
                  </dd>
                </div>
                <div>
                  <dt className="inline font-medium">{t('highest')}</dt>
                  <dd className="inline">
                    {f.highest.map((r) => `${juror(String(r.jurorId))} (${Math.round(r.score)})${r.comment ? `: ”${r.comment}”` : ''}`).join('; ')}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {flags.length < agreement.flags.length && allFlagsHref ? (
        <p className="mt-3">
          {t('showing', { shown: flags.length, total: agreement.flags.length })} <a href={allFlagsHref}>{t('showAll', { total: agreement.flags.length })}</a>
        </p>
      ) : null}
    </>
  );
}
