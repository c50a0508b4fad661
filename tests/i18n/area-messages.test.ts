import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/messages';
import { CLIENT_NAMESPACES, JURY_NAMESPACES, pickMessages, ROOT_NAMESPACES, SIGN_IN_NAMESPACES } from '@/messages/client';
import { directiveOf, importsOf, resolve, ROOT, scanClient } from './client-scan';

/**
 * The root layout's provider carries only ROOT_NAMESPACES; each area's layout gives its pages
 * the client messages through <AreaMessages> (all client namespaces, or the list it names).
 * These tests read every page and layout, find the client components it renders (through the
 * server modules it imports) and check that the provider around it has every namespace they read;
 * a missing one would show its raw key in the browser.
 */
const APP = path.join(ROOT, 'app');
const LISTS: Record<string, readonly string[]> = { SIGN_IN_NAMESPACES, JURY_NAMESPACES, CLIENT_NAMESPACES };

function files(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(full, out);
    else if (/^(page|layout|not-found|forbidden|unauthorized|error|loading|template|default)\.tsx$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The namespaces the layout in this folder gives, if it wraps its pages in <AreaMessages>. */
function areaOf(dir: string): readonly string[] | null {
  const file = path.join(dir, 'layout.tsx');
  if (!fs.existsSync(file)) return null;
  const m = /<AreaMessages(?:\s+namespaces=\{([A-Z_]+)\})?\s*>/.exec(fs.readFileSync(file, 'utf8'));
  if (!m) return null;
  const list = m[1] ? LISTS[m[1]] : CLIENT_NAMESPACES;
  if (!list) throw new Error(`${file}: namespaces={${m[1]}} — add the list to LISTS in this test`);
  return list;
}

/** The provider around a page or layout file: the nearest layout with <AreaMessages> (a layout's own file counts), else the root's. */
function providerOf(file: string): readonly string[] {
  for (let dir = path.dirname(file); dir.startsWith(APP); dir = path.dirname(dir)) {
    if (dir === APP) break;
    const area = areaOf(dir);
    if (area) return area;
  }
  return ROOT_NAMESPACES;
}

/** The 'use client' modules a server file renders, through the server modules it imports. */
function clientEntries(file: string): string[] {
  const seen = new Set<string>();
  const entries = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const source = fs.readFileSync(f, 'utf8');
    const directive = directiveOf(source);
    if (directive === 'use client') {
      entries.add(path.relative(ROOT, f));
      continue;
    }
    if (directive === 'use server') continue;
    for (const { spec } of importsOf(source)) {
      const target = resolve(f, spec);
      if (target && /\.(tsx?|jsx?|mjs)$/.test(target)) queue.push(target);
    }
  }
  return [...entries];
}

describe('the messages each page gets', () => {
  const all = files(APP);

  it('finds the pages and the areas', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(providerOf(path.join(APP, '(public)/resultat/[year]/page.tsx'))).toBe(ROOT_NAMESPACES);
    expect(providerOf(path.join(APP, '(auth)/logga-in/page.tsx'))).toBe(SIGN_IN_NAMESPACES);
    expect(providerOf(path.join(APP, 'jury/nominering/[id]/page.tsx'))).toBe(JURY_NAMESPACES);
    expect(providerOf(path.join(APP, 'arrangor/omgang/[id]/topplista/page.tsx'))).toBe(CLIENT_NAMESPACES);
    expect(clientEntries(path.join(APP, '(auth)/logga-in/page.tsx'))).toContain('components/forms/sign-in-form.tsx');
  });

  it('include every namespace the client components of the page read', () => {
    const missing: string[] = [];
    for (const file of all) {
      const entries = clientEntries(file);
      if (entries.length === 0) continue;
      const given = new Set(providerOf(file));
      for (const [ns, readers] of scanClient(entries).namespaces)
        if (!given.has(ns)) missing.push(`${path.relative(ROOT, file)}: '${ns}' (read by ${readers.join(', ')})`);
    }
    expect(missing).toEqual([]);
  });

  it('give the public pages and the sign-in page a small part of the catalogue', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const size = (ns: readonly string[]) => JSON.stringify(pickMessages(catalogue, ns)).length;
      expect(size(ROOT_NAMESPACES)).toBeLessThan(size(CLIENT_NAMESPACES) / 20);
      expect(size(SIGN_IN_NAMESPACES)).toBeLessThan(size(CLIENT_NAMESPACES) / 10);
      expect(Object.keys(pickMessages(catalogue, SIGN_IN_NAMESPACES)).sort()).toEqual([...SIGN_IN_NAMESPACES].sort());
    }
  });
});
