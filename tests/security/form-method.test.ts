/**
 * A form the page's script handles (onSubmit) still works as an HTML form until that script has
 * run: on a slow phone the user can press Enter seconds before hydration. Without a method the
 * browser then sends it as GET, with every field (a password, a TOTP code, personal data) in the
 * address, the history, the server's logs and the next Referer. Every <form> in the app's code
 * therefore names its method — post, or get for the deliberate filter forms whose fields belong in
 * the address (the audit log's filters, the motivation version picker) — or has a server action,
 * which React posts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['app', 'components'];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.tsx') ? [p] : [];
  });
}

/** Each `<form …>` opening tag in the file (attributes may span lines), with its line. */
function formTags(file: string): { line: number; tag: string }[] {
  const text = fs.readFileSync(file, 'utf8');
  const tags: { line: number; tag: string }[] = [];
  for (const m of text.matchAll(/<form(?=[\s>])/g)) {
    // The opening tag ends at the first '>' outside braces (an attribute like onSubmit={(e) => …} has '>' inside).
    let depth = 0;
    let end = m.index + 5;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    tags.push({ line: text.slice(0, m.index).split('\n').length, tag: text.slice(m.index, end + 1) });
  }
  return tags;
}

describe('forms never fall back to GET', () => {
  const forms = ROOTS.flatMap((root) => sources(root)).flatMap((file) => formTags(file).map((f) => ({ file, ...f })));

  it('finds the forms (the sign-in form among them)', () => {
    expect(forms.length).toBeGreaterThan(30);
    expect(forms.some((f) => f.file.endsWith('sign-in-form.tsx'))).toBe(true);
  });

  const named = (tag: string) => /\smethod="(post|get)"/.test(tag) || /\saction=\{/.test(tag);

  it('each names its method or posts to a server action', () => {
    const bare = forms.filter((f) => !named(f.tag)).map((f) => `${f.file}:${f.line}`);
    expect(bare, 'forms that a submit before hydration would send as GET').toEqual([]);
  });

  it('tells a bare form from one with a method (the check can fail)', () => {
    expect(named('<form onSubmit={(e) => e.preventDefault()} noValidate>')).toBe(false);
    expect(named('<form method="post" onSubmit={submit}>')).toBe(true);
    expect(named('<form method="get" action="/arrangor/logg">')).toBe(true);
    expect(named('<form action={switchTheme}>')).toBe(true);
  });
  it('no GET form carries a password', () => {
    const leaky = forms.filter((f) => /\smethod="get"/.test(f.tag) && /password/i.test(fs.readFileSync(f.file, 'utf8'))).map((f) => f.file);
    expect(leaky).toEqual([]);
  });
});
