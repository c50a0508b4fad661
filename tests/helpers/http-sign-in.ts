/**
 * Signs in through next-auth's credentials endpoint over plain HTTP (no browser)
 * and returns the Cookie header of the new session. Used by the access-matrix
 * test and the benchmark.
 */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const take = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  take(res);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`Sign-in failed for ${email} (${res.status})`);
  return cookie();
}
