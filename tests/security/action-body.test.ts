/**
 * The proxy's check of server-action bodies (lib/security/action-body.ts): what
 * React's client sends for the app's calls passes; what Next could not decode
 * (and answered with a 500) is refused with 4xx and a Swedish message.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_MESSAGES, actionRequestProblem, jsonDepthExceeds, MAX_DEPTH, replyProblem } from '@/lib/security/action-body';

const ID = 'a'.repeat(42);
const ids = new Set([ID]);
const post = (body: BodyInit, contentType: string | null, actionId = ID) => {
  const headers: Record<string, string> = { 'next-action': actionId };
  if (contentType) headers['content-type'] = contentType;
  return new Request('http://localhost/jury/nominering/1', { method: 'POST', headers, body });
};
const text = (body: string) => post(body, 'text/plain;charset=UTF-8');

describe('what the app really sends passes', () => {
  it('a string reply with plain values, escaped dollars, undefined, dates, bigints', async () => {
    const body = JSON.stringify([{ nominationId: 3, criterionId: 2, value: 4, cannotAssess: false, comment: '$$100 kr, "citat" [x] {y}', when: '$D2026-01-01T00:00:00.000Z', x: '$undefined', n: '$n12', z: '$-0' }]);
    expect(await actionRequestProblem(text(body), ids)).toBeNull();
    expect(await actionRequestProblem(text('[]'), ids)).toBeNull();
  });

  it('a FormData reply (a <form action={…}> call): root "0" refers to the form, its fields prefixed', async () => {
    const form = new FormData();
    form.set('0', '["$K1"]');
    form.set('1_locale', 'en');
    form.set('1_$ACTION_ID_x', '');
    form.set('2', new Blob(['%PDF-1.4']), 'plan.pdf');
    form.set('0', '["$K1","$B2"]');
    expect(await actionRequestProblem(new Request('http://localhost/', { method: 'POST', headers: { 'next-action': ID }, body: form }), ids)).toBeNull();
    // Written by hand, with a short boundary that also occurs in the text (busboy, as Next, reads it).
    const raw = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"email":"a@example.org","t":"x--y"}]\r\n--x--\r\n';
    expect(await actionRequestProblem(post(raw, 'multipart/form-data; boundary=x'), ids)).toBeNull();
    // Outlined parts that are present.
    expect(replyProblem(new Map([['0', '["$Q1","$@2","$1:a:b"]'], ['1', '[]'], ['2', '"x"']]))).toBeNull();
  });

  it('without a build manifest (development) any action id reaches Next', async () => {
    expect(await actionRequestProblem(text('[]'), null)).toBeNull();
  });
});

describe('what Next could not decode is refused with 4xx and a message', () => {
  const refused = (status: number, error: string) => ({ status, error });

  it('an unknown action id: 404, with the header that makes Next’s client reload', async () => {
    expect(await actionRequestProblem(post('[]', 'text/plain', 'f'.repeat(42)), ids)).toEqual({ status: 404, error: ACTION_MESSAGES.unknown, unknownAction: true });
    expect(await actionRequestProblem(post('[]', 'text/plain', 'zz'), ids)).toMatchObject({ status: 404 });
  });

  it('a content type React never sends: 415', async () => {
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/html', null])
      expect(await actionRequestProblem(post(new TextEncoder().encode('[{"email":"a@b.se"}]'), type), ids)).toEqual(refused(415, ACTION_MESSAGES.contentType));
  });

  it('bad JSON, an empty body, nesting past the limit: 400', async () => {
    for (const body of ['{not json', '', '['.repeat(100_000) + ']'.repeat(100_000), '{"a":'.repeat(MAX_DEPTH + 1) + '1' + '}'.repeat(MAX_DEPTH + 1)])
      expect(await actionRequestProblem(text(body), ids)).toEqual(refused(400, ACTION_MESSAGES.unreadable));
    // Brackets inside strings do not count.
    expect(await actionRequestProblem(text(JSON.stringify(['['.repeat(10_000)])), ids)).toBeNull();
    expect(jsonDepthExceeds('[' + '"\\"[['.repeat(100) + '"]')).toBe(false);
    expect(jsonDepthExceeds('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBe(false);
  });

  it('references to parts the body does not carry, or through __proto__/constructor: 400', async () => {
    for (const body of [
      JSON.stringify(['$@0', '$K1', '$Q2', { then: '$1:__proto__:constructor:constructor' }]),
      JSON.stringify(['$1']),
      JSON.stringify([{ a: '$B5' }]),
      JSON.stringify(['$0:constructor']),
      JSON.stringify(['$Zz']),
    ])
      expect(await actionRequestProblem(text(body), ids), body).toEqual(refused(400, ACTION_MESSAGES.unreadable));
  });

  it('broken multipart, a multipart without its root part, a deep or too many parts: 400', async () => {
    const mp = (raw: string) => post(raw, 'multipart/form-data; boundary=x');
    expect(await actionRequestProblem(mp('--x\r\nbroken'), ids)).toEqual(refused(400, ACTION_MESSAGES.unreadable));
    expect(await actionRequestProblem(mp('--x\r\nContent-Disposition: form-data; name="1"\r\n\r\n[]\r\n--x--\r\n'), ids)).toEqual(refused(400, ACTION_MESSAGES.unreadable));
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await actionRequestProblem(mp(`--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n${deep}\r\n--x--\r\n`), ids)).toEqual(refused(400, ACTION_MESSAGES.unreadable));
    const chain = new Map(Array.from({ length: 1000 }, (_, i) => [String(i.toString(16)), JSON.stringify([`$${(i + 1).toString(16)}`])] as [string, string]));
    expect(replyProblem(chain)).toEqual(refused(400, ACTION_MESSAGES.unreadable));
  });

  it('a streamed text body over 1 MB: 413', async () => {
    expect(await actionRequestProblem(text(JSON.stringify(['x'.repeat(1_100_000)])), ids)).toEqual(refused(413, ACTION_MESSAGES.tooLarge));
  });
});
