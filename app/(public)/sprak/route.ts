import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, localeOf } from '@/lib/public/messages';

/** Only the public pages are offered in English; anything else goes back to the archive. */
const BACK = /^\/resultat(\/\d{4})?$/;

/** Sets the public pages' language (cookie kk-locale, a year) and goes back to the page. */
export function GET(req: NextRequest) {
  const locale = localeOf(req.nextUrl.searchParams.get('till'));
  const back = req.nextUrl.searchParams.get('tillbaka') ?? '';
  const url = req.nextUrl.clone();
  url.pathname = BACK.test(back) ? back : '/resultat';
  url.search = '';
  const res = NextResponse.redirect(url, 303);
  res.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  res.headers.set('Cache-Control', 'no-store');
  return res;
}
