import type { IncomingMessage } from 'node:http';

/**
 * The client's address for per-address rate limits (sign-in, invitation links,
 * password reset).
 *
 * TRUST_PROXY unset (the default): the address of the TCP connection. A client
 * can write any X-Forwarded-For it likes, so that header is ignored; the server
 * stamps the socket's address on every request in SOCKET_ADDRESS_HEADER
 * (instrumentation.ts → installSocketAddressStamp), overwriting one a client sent.
 *
 * TRUST_PROXY=1 (the app runs behind a reverse proxy that appends the address it
 * saw to X-Forwarded-For): the last entry, the one the nearest hop vouches for.
 * Never set it without such a proxy: clients could then pick their own key.
 */
export const SOCKET_ADDRESS_HEADER = 'x-kk-socket-address';

export function trustProxy(): boolean {
  return /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? '');
}

export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined | null): string {
  if (!headers) return 'unknown';
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  // Without the stamp (it was not installed) every request shares one key: stricter, never looser.
  if (!trustProxy()) return (get(SOCKET_ADDRESS_HEADER)?.trim() || 'unknown').slice(0, 64);
  const forwarded = get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return (last || get(SOCKET_ADDRESS_HEADER) || 'unknown').slice(0, 64);
}

/** Puts the connection's address on a request, replacing whatever the client sent under that name. */
export function stampSocketAddress(req: IncomingMessage): void {
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? 'unknown';
}

const INSTALLED = Symbol.for('kk.socketAddressStamp');

/**
 * Stamps every request the process's HTTP servers receive (Next keeps the socket
 * to itself, and its request objects only carry headers). Installed once, from
 * instrumentation.ts, before the server answers its first request.
 */
export async function installSocketAddressStamp(): Promise<void> {
  const http = await import('node:http');
  const https = await import('node:https');
  for (const proto of [http.Server.prototype, https.Server.prototype] as { emit: (event: string | symbol, ...args: unknown[]) => boolean; [INSTALLED]?: true }[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampSocketAddress(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}
