import type { Metadata } from 'next';
import Link from 'next/link';
import { CsvInviteForm, JurorInviteForm, MunicipalityInviteForm } from '@/components/arrangor/people/invite-forms';
import { PageHeading } from '@/components/ui/page-heading';
import { loadInviteForm } from '@/lib/loaders/people';

export const metadata: Metadata = { title: 'Bjud in' };
export const dynamic = 'force-dynamic';

export default async function InvitePage() {
  const { municipalities } = await loadInviteForm();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/arrangor/personer">← Personer</Link>
      </p>
      <PageHeading lead="Varje inbjudan är en länk som kan användas en gång och gäller i 14 dagar. Utan e-postserver hamnar meddelandena i utkorgen.">
        Bjud in
      </PageHeading>
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
