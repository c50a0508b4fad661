import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { loadPublicArchive } from '@/lib/loaders/public';

// Built on every request: a year enters the sitemap at its embargo instant, not at build time.
export const dynamic = 'force-dynamic';

/** The public pages: the archive and every year whose result is public now. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  const base = process.env.PUBLIC_BASE_URL ?? `${proto}://${host}`;
  const years = await loadPublicArchive();
  return [{ url: `${base}/resultat` }, ...years.map((y) => ({ url: `${base}/resultat/${y.year}` }))];
}
