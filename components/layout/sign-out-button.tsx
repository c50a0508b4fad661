'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function SignOutButton() {
  const t = useTranslations('header');
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ callbackUrl: '/logga-in' });
      }}
      className="rounded border border-current px-3 py-1 font-medium text-white hover:bg-white/10 disabled:opacity-60 dark:text-slate-900 dark:hover:bg-slate-100"
    >
      {busy ? t('signingOut') : t('signOut')}
    </button>
  );
}
