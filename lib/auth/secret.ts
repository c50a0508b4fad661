/** The key that signs and encrypts session cookies. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'NEXTAUTH_SECRET saknas eller är kortare än 32 tecken. Sätt den i miljön innan servern startas, t.ex. `export NEXTAUTH_SECRET=$(openssl rand -base64 48)`.',
    );
  }
  // Development and tests: `npm run dev` writes a random secret to .env.local; this is the last resort.
  return 'development-only-secret-not-for-production-use-0000';
}
