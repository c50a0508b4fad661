import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CsvInviteForm, JurorInviteForm, MunicipalityInviteForm } from '@/components/arrangor/people/invite-forms';
import { PageHeading } from '@/components/ui/page-heading';
import { loadInviteForm } from '@/lib/loaders/people';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgInvite'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function InvitePage() {
  const [{ municipalities }, t] = await Promise.all([loadInviteForm(), getTranslations('orgInvite')]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/arrangor/personer">{t('back')}</Link>
      </p>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <JurorInviteForm />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <MunicipalityInviteForm municipalities={municipalities} />
        </div>
      </div>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <CsvInviteForm />
      </div>
    </>
  );
}
