import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import type { Distribution } from '@/lib/domain/scoring';
import { formatNumber } from '@/lib/i18n/format';

type Criterion = { id: number; title: string };
type Peer = {
  jurors: number;
  showComments: boolean;
  criteria: {
    criterionId: number;
    distribution: Distribution;
    comments: { juror: string; value: number | null; cannotAssess: boolean; comment: string }[];
  }[];
};

/** The other jurors' submitted scores: per criterion how many gave each value, and their comments. */
export function PeerAggregate({ peer, criteria, scaleValues }: { peer: Peer; criteria: Criterion[]; scaleValues: number[] }) {
  const t = useTranslations('juryPeers');
  const locale = useLocale() as Locale;
  const fmt = (n: number | null) => formatNumber(n, locale, { maximumFractionDigits: 1 });
  const title = new Map(criteria.map((c) => [c.id, c.title]));
  if (peer.jurors === 0) return <p className="mt-2 text-slate-700">{t('none')}</p>;
  return (
    <div>
      <p className="mt-2 text-slate-700">{t('lead', { count: peer.jurors })}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1">
                {t('criterion')}
              </th>
              {scaleValues.map((v) => (
                <th key={v} scope="col" className="px-2 py-1 text-right">
                  {v}
                </th>
              ))}
              <th scope="col" className="px-2 py-1 text-right">
                {t('cannotAssess')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {peer.criteria.map((c) => (
              <tr key={c.criterionId} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1 font-normal">
                  {title.get(c.criterionId)}
                </th>
                {c.distribution.counts.map((x) => (
                  <td key={x.value} className="px-2 py-1 text-right tabular-nums">
                    {x.count}
                  </td>
                ))}
                <td className="px-2 py-1 text-right tabular-nums">{c.distribution.cannotAssess}</td>
                <td className="px-2 py-1 text-right tabular-nums">{fmt(c.distribution.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {peer.showComments ? (
        <div className="mt-4">
          <h3 className="font-semibold">{t('comments')}</h3>
          {peer.criteria
            .filter((c) => c.comments.length > 0)
            .map((c) => (
              <div key={c.criterionId} className="mt-3">
                <h4 className="font-medium">{title.get(c.criterionId)}</h4>
                <ul className="mt-1 space-y-1">
                  {c.comments.map((x, i) => (
                    <li key={i} className="text-sm">
                      <span className="font-medium">
                        {x.juror} ({x.cannotAssess ? t('cannotAssessShort') : x.value}):
                      </span>{' '}
                      <span lang="sv">{x.comment}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      ) : null}
    </div>
  );
}
