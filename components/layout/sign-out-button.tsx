'use client';

import { useState, type FormEvent } from 'react';

/**
 * Sign-out: a plain form posting to next-auth's sign-out endpoint (which revokes the
 * session and clears its cookie), so no sign-in library is sent to the browser. The
 * server puts the CSRF token from next-auth's cookie into the form; when the browser has
 * no such cookie any more, the form first asks next-auth for one.
 */
export function SignOutButton({ csrfToken, label, busyLabel }: { csrfToken: string; label: string; busyLabel: string }) {
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    setBusy(true);
    const form = event.currentTarget;
    const token = form.elements.namedItem('csrfToken') as HTMLInputElement;
    if (token.value) return;
    event.preventDefault();
    try {
      const res = await fetch('/api/auth/csrf', { cache: 'no-store' });
      token.value = ((await res.json()) as { csrfToken?: string }).csrfToken ?? '';
    } finally {
      form.submit();
    }
  }

  return (
    <form method="post" action="/api/auth/signout" onSubmit={onSubmit}>
      <input type="hidden" name="csrfToken" defaultValue={csrfToken} />
      <input type="hidden" name="callbackUrl" defaultValue="/logga-in" />
      <button
        type="submit"
        disabled={busy}
        className="rounded border border-current px-3 py-1 font-medium text-white hover:bg-white/10 disabled:opacity-60 dark:text-slate-900 dark:hover:bg-slate-100"
      >
        {busy ? busyLabel : label}
      </button>
    </form>
  );
}
