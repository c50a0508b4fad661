import 'server-only';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { publicResultOfYear, publicYears, yearIsSettled } from '@/lib/public/results';

/*
 * The public site's loaders. No sign-in: what they return is public by the embargo
 * rule, evaluated here at request time. `connection()` makes every caller dynamic, so
 * nothing is prerendered at build time or served from Next's caches.
 */

/** The request's instant, read after `connection()` so it is never frozen into a prerender. */
async function requestNow(): Promise<Date> {
  await connection();
  return new Date();
}

export async function loadPublicArchive() {
  const now = await requestNow();
  return publicYears(getDb(), now);
}

/** A year's public result, or null: the caller answers 404 either way it is missing. */
export async function loadPublicResult(rawYear: string) {
  const now = await requestNow();
  if (!/^\d{4}$/.test(rawYear)) return null;
  return publicResultOfYear(getDb(), Number(rawYear), now);
}

/**
 * The JSON API's answer for a year: the result (or null) and whether it may be cached
 * (public and no other cycle of that year still pending; see yearIsSettled).
 */
export async function loadPublicResultForApi(rawYear: string) {
  const now = await requestNow();
  if (!/^\d{4}$/.test(rawYear)) return { result: null, cacheable: false };
  const db = getDb();
  const result = publicResultOfYear(db, Number(rawYear), now);
  return { result, cacheable: result !== null && yearIsSettled(db, Number(rawYear), now) };
}
