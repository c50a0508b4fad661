/**
 * Finds the code that runs in the browser and the message namespaces it reads, by reading the
 * source: every 'use client' file under app/ and components/ and every module those import
 * (transitively; '@/…' and relative imports), except 'use server' modules (the browser gets
 * only a reference to an action, not its code).
 *
 * A namespace is read by
 * - useTranslations('ns') or useTranslations('ns.sub')               → ns
 * - const t = useTranslations(); t('ns.key'), t.rich('ns.key', …)   → ns
 * - const { ns } = useMessages()                                      → ns
 * - vk('valNs.key') / vt('valNs.key') (a schema's message, lib/i18n/validation.ts) → valNs
 * Anything the scanner cannot read (a namespace that is not a string literal, a translator of
 * the whole catalogue called with a computed key, useMessages() not destructured) is reported
 * as a problem, so it is fixed in the code instead of guessed here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const ENTRY_DIRS = ['app', 'components'];
const EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js', '.mjs'];

export type ClientScan = {
  /** Files in the browser's bundles, relative to the repository. */
  files: string[];
  /** Namespace → the client files that read it. */
  namespaces: Map<string, string[]>;
  /** Client files that import a module by which the catalogue itself would be bundled. */
  catalogueImports: string[];
  /** Package (or repository folder, 'db/…') → the client files that import it statically (loaded with the page). */
  staticImports: Map<string, string[]>;
  /** What the scanner could not read, one line each. */
  problems: string[];
};

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full, out);
    } else if (EXTENSIONS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The first statement of a module is the directive ('use client' / 'use server'), after comments. */
export function directiveOf(source: string): string | null {
  const body = source.replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^['"](use client|use server)['"]/.exec(body)?.[1] ?? null;
}

/** What a module imports: `import … from 'x'`, `export … from 'x'`, `import 'x'` (static) and `import('x')` (dynamic); type-only imports are erased. */
export function importsOf(source: string): { spec: string; dynamic: boolean }[] {
  const out = new Map<string, boolean>();
  for (const m of source.matchAll(/(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/g)) {
    // `import { type A, type B } from 'x'` is erased too: every name in the braces is a type, and nothing else is imported.
    const names = /^\{([^}]*)\}$/.exec(m[3]?.trim() ?? '')?.[1].split(',').map((n) => n.trim()).filter(Boolean);
    const typesOnly = names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
    if (!m[2] && !typesOnly) out.set(m[4], false);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (!out.has(m[1])) out.set(m[1], true);
  return [...out].map(([spec, dynamic]) => ({ spec, dynamic }));
}

/** The package a bare specifier names ('@scope/pkg/sub' → '@scope/pkg'). */
function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The repository file an '@/…' or relative import names, or null (a package). */
/** package.json "imports" (#name): the file the browser gets, its "browser" condition where there is one. */
const SUBPATH_IMPORTS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { imports?: Record<string, string | Record<string, string>> }).imports ?? {};

export function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else if (spec in SUBPATH_IMPORTS) {
    const target = SUBPATH_IMPORTS[spec];
    base = path.join(ROOT, typeof target === 'string' ? target : (target.browser ?? target.default));
  } else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, 'index' + e))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

function rel(file: string) {
  return path.relative(ROOT, file);
}

/** The namespaces one client module reads, and what could not be read. */
export function namespacesIn(source: string, file = 'module'): { namespaces: string[]; problems: string[] } {
  const namespaces = new Set<string>();
  const problems: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
  for (const m of code.matchAll(/\buseTranslations\(\s*([^)]*?)\s*\)/g)) {
    const arg = m[1];
    if (arg === '') continue;
    const literal = /^(['"`])([A-Za-z_$][\w$]*)(?:\.[\w$.]+)?\1$/.exec(arg);
    if (literal && !(literal[1] === '`' && arg.includes('${'))) namespaces.add(literal[2]);
    else problems.push(`${file}: useTranslations(${arg}) — give the namespace as a string literal`);
  }
  // A translator of the whole catalogue: the namespace is the first part of each key.
  for (const m of code.matchAll(/\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*useTranslations\(\s*\)/g)) {
    const name = m[1].replace(/\$/g, '\\$');
    for (const call of code.matchAll(new RegExp(`(?<![\\w$.])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^,)]*)`, 'g'))) {
      const key = /^(['"`])([A-Za-z_$][\w$]*)\.[^'"`]*\1$/.exec(call[1].trim());
      if (key && !(key[1] === '`' && call[1].includes('${'))) namespaces.add(key[2]);
      else problems.push(`${file}: ${m[1]}(${call[1].trim()}) on useTranslations() — write the key as 'namespace.key'`);
    }
  }
  // A schema in the browser's code names its messages by key; ZodLocale translates them from the page's messages.
  for (const m of code.matchAll(/\bv[kt]\(\s*['"`](val[A-Za-z]\w*)\./g)) namespaces.add(m[1]);
  for (const m of code.matchAll(/useMessages\(\)/g)) {
    const before = code.slice(0, m.index);
    const destructured = /(?:const|let)\s*\{([^}]*)\}\s*=\s*$/.exec(before);
    if (destructured) {
      for (const part of destructured[1].split(',')) {
        const key = part.split(':')[0].trim();
        if (/^[A-Za-z_$][\w$]*$/.test(key)) namespaces.add(key);
      }
    } else problems.push(`${file}: useMessages() — destructure the namespaces it reads (const { ns } = useMessages())`);
  }
  return { namespaces: [...namespaces], problems };
}

/** The client code: every 'use client' module under app/ and components/, or only the given files (relative to the repository), and what they import. */
export function scanClient(only?: string[]): ClientScan {
  const entries = only
    ? only.map((f) => path.join(ROOT, f))
    : ENTRY_DIRS.flatMap((d) => walk(path.join(ROOT, d))).filter((f) => directiveOf(fs.readFileSync(f, 'utf8')) === 'use client');
  const seen = new Set<string>();
  const queue = [...entries];
  const namespaces = new Map<string, string[]>();
  const catalogueImports: string[] = [];
  const staticImports = new Map<string, string[]>();
  const problems: string[] = [];
  const note = (key: string, file: string) => staticImports.set(key, [...(staticImports.get(key) ?? []), rel(file)]);
  const catalogueDir = path.join(ROOT, 'messages');
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const found = namespacesIn(source, rel(file));
    problems.push(...found.problems);
    for (const ns of found.namespaces) namespaces.set(ns, [...(namespaces.get(ns) ?? []), rel(file)]);
    for (const { spec, dynamic } of importsOf(source)) {
      const target = resolve(file, spec);
      if (!target) {
        if (!dynamic && !spec.startsWith('.') && !spec.startsWith('@/')) note(packageOf(spec), file);
        continue;
      }
      if (!dynamic && rel(target).startsWith('db' + path.sep)) note(path.dirname(rel(target)), file);
      if (target.startsWith(catalogueDir + path.sep) && (target.endsWith('.json') || target === path.join(catalogueDir, 'index.ts'))) {
        catalogueImports.push(`${rel(file)} imports ${spec}`);
        continue;
      }
      if (!/\.(tsx?|jsx?|mjs)$/.test(target)) continue;
      if (directiveOf(fs.readFileSync(target, 'utf8')) === 'use server') continue;
      queue.push(target);
    }
  }
  return { files: [...seen].map(rel).sort(), namespaces, catalogueImports, staticImports, problems };
}
