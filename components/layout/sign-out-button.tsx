'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await signOut({ callbackUrl: '/logga-in' });
      }}
      className="rounded border border-white/60 px-3 py-1 font-medium text-white hover:bg-white/10 disabled:opacity-60"
    >
      {busy ? 'Loggar ut …' : 'Logga ut'}
    </button>
  );
}
