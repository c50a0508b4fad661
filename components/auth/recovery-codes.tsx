import { useTranslations } from 'next-intl';

/** The ten recovery codes, shown once, with what to do with them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('acctTotp');
  return (
    <section aria-labelledby="aterstallningskoder" className="mt-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-6">
      <h2 id="aterstallningskoder" className="text-lg font-semibold">
        {t('codesTitle')}
      </h2>
      <p className="mt-2">{t('codesLead')}</p>
      <ul className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg" aria-label={t('codesLabel')}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
