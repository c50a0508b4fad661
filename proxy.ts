import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { authSecret } from '@/lib/auth/secret';

/**
 * The first gate: signed-out visitors never reach the role areas or the API.
 * It only checks that a session cookie exists; role, assignment and conflict
 * checks happen on the server in every loader and action.
 */
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: authSecret() });
  if (token) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'Du är inte inloggad. Logga in och försök igen.' }, { status: 401 });
  }
  const url = req.nextUrl.clone();
  url.pathname = '/logga-in';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // The upload route stays out (the proxy cuts bodies at 10 MB); it checks the session itself.
  matcher: ['/arrangor/:path*', '/jury/:path*', '/kommun/:path*', '/api/((?!auth/|health$|public/|upload$).*)'],
};
