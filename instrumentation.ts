/** Runs once when the server starts, before it answers a request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Per-address rate limits need the connection's address (lib/security/client-address.ts).
  const { installSocketAddressStamp } = await import('./lib/security/client-address');
  await installSocketAddressStamp();
}
