/**
 * Signs out and goes to the sign-in page, with next-auth's own client, loaded when the button is
 * pressed: next-auth/react is ≈ 8 KB gzip that the account pages would otherwise send with the page.
 */
export async function signOutToSignIn(): Promise<void> {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl: '/logga-in' });
}
