import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';
import { SignOutButton } from './sign-out-button';

const ROLE_LABELS = { organiser: 'Arrangör', juror: 'Jurymedlem', municipality: 'Kommunkontakt' } as const;

/** The award's name, who is signed in and in which role, and sign-out. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-brand-800 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={user ? ROLE_HOME_PATH[user.role] : '/'} className="text-lg font-semibold text-white no-underline hover:text-white">
          Sveriges KvalitetsKommun
        </Link>
        {user ? (
          <nav aria-label="Konto" className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              <span className="font-medium">{user.name}</span>
              <span className="ml-2 rounded bg-white/15 px-2 py-0.5">
                {ROLE_LABELS[user.role]}
                {user.municipalityName ? ` · ${user.municipalityName}` : ''}
                {user.organisation ? ` · ${user.organisation}` : ''}
              </span>
            </span>
            <SignOutButton />
          </nav>
        ) : null}
      </div>
    </header>
  );
}
