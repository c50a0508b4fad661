/**
 * The client's address for per-address rate limits. `next start` puts the
 * socket's address in X-Forwarded-For unless the request already has one, and a
 * reverse proxy appends the address it saw; so the last entry is the one the
 * nearest trusted hop vouches for. (Without a proxy in front, a client can send
 * its own header and pick its key: the per-account limit still holds then.)
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined | null): string {
  if (!headers) return 'unknown';
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  const forwarded = get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return (last || get('x-real-ip') || 'unknown').slice(0, 64);
}
