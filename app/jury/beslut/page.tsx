import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorDecision } from '@/lib/loaders/publication';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryDecision'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The jury's decision, for a juror, only once the organiser has shared it. */
export default async function JurorDecisionPage() {
  const [cycles, t] = await Promise.all([loadJurorDecision(), getTranslations('juryDecision')]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      {cycles.length === 0 ? <p>{t('notShared')}</p> : null}
      {cycles.map((c) => (
        <section key={c.cycle.id} aria-labelledby={`omgang-${c.cycle.id}`} className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`omgang-${c.cycle.id}`} className="text-xl font-semibold">
            {c.cycle.name}
          </h2>
          {c.decision ? (
            <>
              <p className="mt-2 text-lg">
                {t('winner')} <strong>{c.decision.winner}</strong>
              </p>
              <h3 className="mt-4 font-semibold">{t('motivation')}</h3>
              {c.decision.motivation ? (
                <p lang="sv" className="mt-1 whitespace-pre-line">
                  {c.decision.motivation}
                </p>
              ) : (
                <p className="mt-1 whitespace-pre-line">{t('motivationPending')}</p>
              )}
              <h3 className="mt-4 font-semibold">{t('rationale')}</h3>
              <p lang="sv" className="mt-1 whitespace-pre-line">
                {c.decision.rationale}
              </p>
            </>
          ) : (
            <p className="mt-2">{t('notShared')}</p>
          )}
        </section>
      ))}
    </>
  );
}
