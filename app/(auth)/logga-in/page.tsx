import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/forms/sign-in-form';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';

export const metadata: Metadata = { title: 'Logga in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  const user = await getCurrentUser();
  if (user) redirect(ROLE_HOME_PATH[user.role]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Logga in</h1>
      <p className="mt-2 text-slate-700">
        För kommunkontakter, jurymedlemmar och arrangörer av Sveriges KvalitetsKommun.
      </p>
      <SignInForm />
      <p className="mt-6 text-slate-700">
        Vill er kommun söka utmärkelsen? <Link href="/registrera">Registrera kommunen</Link> medan ansökan är öppen. Jurymedlemmar och arrangörer får en inbjudan med e-post.
      </p>
    </div>
  );
}
