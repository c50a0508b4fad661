import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { respondToNominationAction } from '@/lib/actions/nominees-server';
import { formatDateTime } from '@/lib/i18n/format';
import { loadNominationResponse } from '@/lib/loaders/nominees';
import { NominationResponseForm } from './nomination-response-form';

/** On the municipality's home: why it is nominated, and the accept/decline answer (or the answer given). */
export async function NominationResponse({ nominationId }: { nominationId: number }) {
  const [n, t, locale] = await Promise.all([loadNominationResponse(nominationId), getTranslations('kommunNomination'), getLocale() as Promise<Locale>]);
  if (!n) return null;
  return (
    <div className="mt-3 rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      <h3 className="font-semibold">{t('title')}</h3>
      <p className="mt-1">
        <span className="font-medium">{t('reason')}</span> <span lang="sv">{n.reason}</span>
      </p>
      {n.status === 'invited' ? (
        n.canRespond ? (
          <NominationResponseForm nominationId={n.id} cycleName={n.cycleName} respond={respondToNominationAction} />
        ) : (
          <p lang="sv" className="mt-2 text-slate-700">
            {n.closedReason}
          </p>
        )
      ) : n.status === 'declined' ? (
        <p className="mt-2">
          {t('declined', { when: formatDateTime(n.respondedAt, locale) })}
          {n.declineReason ? t('declinedReason', { reason: n.declineReason }) : ''}
        </p>
      ) : n.respondedAt ? (
        <p className="mt-2">{t('accepted', { when: formatDateTime(n.respondedAt, locale) })}</p>
      ) : null}
    </div>
  );
}
