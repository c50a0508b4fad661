import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import busboy from 'busboy';
import type { Locale } from '@/i18n/config';
import { localeOfCookieHeader, routeMessage } from '@/lib/i18n/route-messages';

/**
 * A server-action request (POST with a Next-Action header) whose body Next could
 * not decode used to get Next's 500 (a JSON syntax error, a stack overflow on deep
 * nesting, a reference to a part the body does not carry). The proxy checks it
 * first and answers 4xx with a short message (in the request's language) instead:
 *  - the action id must be one of the build's (server-reference-manifest.json);
 *  - the content type must be what React's client sends: text/plain (a string
 *    reply) or multipart/form-data (a FormData reply);
 *  - every model part (fields "0", "1", …) must be JSON nested at most
 *    MAX_DEPTH deep, and every "$…" reference in it must point to a part the
 *    body carries (no paths through __proto__, constructor or prototype).
 * What passes is what React's encodeReply produces for the app's real calls.
 */
export const MAX_DEPTH = 64;
/** Model parts per reply (each outlined FormData, Map, Set, Blob or promise is one). */
export const MAX_PARTS = 256;
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type ActionRefusal = { status: number; error: string; unknownAction?: boolean };

/** The refusals, in the request's language (messages/{sv,en}/routes.json); Swedish by default. */
export function actionMessages(locale: Locale = 'sv') {
  return {
    unknown: routeMessage('actionUnknown', locale),
    contentType: routeMessage('actionContentType', locale),
    unreadable: routeMessage('actionUnreadable', locale),
    tooLarge: routeMessage('actionTooLarge', locale),
  };
}
/** The Swedish refusals (the default language). */
export const ACTION_MESSAGES = actionMessages('sv');

let known: { file: string; ids: Set<string> } | null = null;

/** The action ids of the running build, read once (null outside production or without a build: Next answers unknown ids itself then). */
export function knownActionIds(): Set<string> | null {
  if (process.env.NODE_ENV !== 'production') return null;
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  if (known?.file === file) return known.ids;
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
    known = { file, ids: new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]) };
    return known.ids;
  } catch {
    return null;
  }
}

/** How deep brackets nest in a JSON text (outside strings), stopping once past `limit`. */
export function jsonDepthExceeds(text: string, limit = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** "$…" values that stand for themselves (escaped "$$", undefined, NaN, ±Infinity, -0, bigint, date, temporary reference). */
const SELF_CONTAINED = /^\$(?:\$|undefined$|NaN$|-?Infinity$|-0$|n-?\d+$|D|T$)/;
/** A reference to another part: "$" + optional type letter (or @) + the part's id in hex + optional ":path". */
const REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)((?::[^:]*)*)$/;
const FORBIDDEN_PATH = /:(?:__proto__|constructor|prototype)(?::|$)/;

function referencesOk(value: unknown, parts: ReadonlySet<string>): boolean {
  if (typeof value === 'string') {
    if (!value.startsWith('$') || SELF_CONTAINED.test(value)) return true;
    const m = REFERENCE.exec(value);
    if (!m || FORBIDDEN_PATH.test(m[3])) return false;
    // $K: a FormData made of the fields "<id>_…" (none is an empty FormData).
    return m[1] === 'K' || parts.has(m[2]);
  }
  if (Array.isArray(value)) return value.every((v) => referencesOk(v, parts));
  if (value && typeof value === 'object') return Object.values(value).every((v) => referencesOk(v, parts));
  return true;
}

/** Checks the model parts of a reply: null when React can decode them. */
export function replyProblem(fields: Map<string, string>, locale: Locale = 'sv'): ActionRefusal | null {
  const refused = { status: 400, error: actionMessages(locale).unreadable };
  if (!fields.has('0')) return refused;
  const parts = new Set(fields.keys());
  let models = 0;
  for (const [name, text] of fields) {
    if (!/^\d+$/.test(name)) continue; // a field of a FormData argument ("1_title"): plain text
    if (++models > MAX_PARTS) return refused;
    if (jsonDepthExceeds(text)) return refused;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refused;
    }
    if (!referencesOk(value, parts)) return refused;
  }
  return null;
}

/**
 * The refusal of a server-action request Next could not decode, or null, in the language of the
 * request's cookie. Reads the request's body (the proxy gets its own copy).
 */
export async function actionRequestProblem(req: Request, ids: Set<string> | null = knownActionIds()): Promise<ActionRefusal | null> {
  const locale = localeOfCookieHeader(req.headers.get('cookie'));
  const messages = actionMessages(locale);
  const actionId = req.headers.get('next-action') ?? '';
  if (ids && !ids.has(actionId)) return { status: 404, error: messages.unknown, unknownAction: true };
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  const fields = new Map<string, string>();
  if (type.startsWith('text/plain')) {
    const text = await req.text();
    if (text.length > ACTION_BODY_LIMIT) return { status: 413, error: messages.tooLarge };
    fields.set('0', text);
  } else if (type.startsWith('multipart/form-data')) {
    if (!(await readMultipart(req, fields))) return { status: 400, error: messages.unreadable };
  } else {
    return { status: 415, error: messages.contentType };
  }
  return replyProblem(fields, locale);
}

/** Reads a multipart body with busboy, the parser Next itself uses for actions; false when it cannot be parsed. */
function readMultipart(req: Request, fields: Map<string, string>): Promise<boolean> {
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': req.headers.get('content-type') ?? '' }, limits: { fieldSize: ACTION_BODY_LIMIT } });
    } catch {
      resolve(false);
      return;
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) parser.emit('error', new Error('field too large'));
      else fields.set(name, value);
    });
    parser.on('file', (name, stream) => {
      fields.set(name, '""'); // a Blob or File part: present, its bytes are not JSON
      stream.resume();
    });
    parser.once('error', () => resolve(false));
    parser.once('close', () => resolve(true));
    if (!req.body) {
      parser.end();
      return;
    }
    const body = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
    body.once('error', () => resolve(false));
    body.pipe(parser);
  });
}
