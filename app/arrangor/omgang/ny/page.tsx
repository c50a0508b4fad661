import type { Metadata } from 'next';
import Link from 'next/link';
import { NewCycleForm } from '@/components/arrangor/cycle/new-cycle-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadNewCycleForm } from '@/lib/loaders/arrangor';

export const metadata: Metadata = { title: 'Ny omgång' };
export const dynamic = 'force-dynamic';

export default async function NewCyclePage() {
  const { choices, defaults } = await loadNewCycleForm();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/arrangor">← Alla omgångar</Link>
      </p>
      <PageHeading lead="Den nya omgången börjar i fasen Utkast. Datum, bedömningsmall och personer ställer du in efteråt.">Ny omgång</PageHeading>
      <NewCycleForm choices={choices} defaults={defaults} />
    </>
  );
}
