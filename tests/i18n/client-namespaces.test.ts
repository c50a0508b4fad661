import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/messages';
import { CLIENT_NAMESPACES, clientMessages } from '@/messages/client';
import { importsOf, namespacesIn, scanClient } from './client-scan';

/**
 * The browser gets only the namespaces listed in messages/client.ts (app/layout.tsx picks them).
 * A client component that reads a namespace not in the list would show raw keys; these tests read
 * the client code (every 'use client' file under app/ and components/ and what it imports) and name
 * what to add or remove.
 */
describe('the messages the browser gets', () => {
  const scan = scanClient();
  const listed = new Set<string>(CLIENT_NAMESPACES);

  it('finds the client code', () => {
    // The scanner sees the client components and the modules they import.
    expect(scan.files).toContain('components/forms/sign-in-form.tsx');
    expect(scan.files).toContain('components/layout/zod-locale.tsx');
    expect(scan.files).toContain('components/auth/new-password-fields.tsx'); // no directive, imported by a client form
    expect(scan.namespaces.get('zod')).toEqual(['components/layout/zod-locale.tsx']);
  });

  it('can read every client use of the catalogue', () => {
    expect(scan.problems).toEqual([]);
  });

  it('include every namespace a client component reads', () => {
    const missing = [...scan.namespaces]
      .filter(([ns]) => !listed.has(ns))
      .map(([ns, files]) => `'${ns}' (read by ${files.join(', ')}) — add it to CLIENT_NAMESPACES in messages/client.ts`);
    expect(missing).toEqual([]);
  });

  it('include no namespace that no client component reads', () => {
    const unused = CLIENT_NAMESPACES.filter((ns) => !scan.namespaces.has(ns)).map(
      (ns) => `'${ns}' — no client component reads it; remove it from CLIENT_NAMESPACES in messages/client.ts`,
    );
    expect(unused).toEqual([]);
  });

  it('name namespaces that exist in every language', () => {
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      const absent = CLIENT_NAMESPACES.filter((ns) => !(ns in catalogue));
      expect(absent, locale).toEqual([]);
    }
  });

  it('are the listed namespaces only, not the whole catalogue', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const picked = clientMessages(catalogue);
      expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
      expect(picked.ui).toBe(catalogue.ui);
      expect(picked).not.toHaveProperty('privacy');
      expect(picked).not.toHaveProperty('mail');
    }
  });

  it('are never bundled into the browser’s code', () => {
    // A client module importing the catalogue would carry every message of both languages in its JavaScript.
    // The schemas' Swedish fallback (lib/i18n/validation.ts, for code that parses outside a request's language)
    // is no exception: the browser gets its stand-in (package.json "imports", condition "browser"), since in the
    // browser ZodLocale always installs the page's language first.
    expect(scan.catalogueImports).toEqual([]);
  });
});

describe('reading a client module', () => {
  it('finds namespaces in every form the code uses', () => {
    const source = `'use client';
      const t = useTranslations('cycleRubric');
      const u = useTranslations("orgIndicators.import");
      const all = useTranslations();
      all('juryPdf.title'); all.rich('acctTotp.intro', {}); all.has('kommunForm.x');
      const { zod, ui: uiMessages } = useMessages();`;
    expect(namespacesIn(source).namespaces.sort()).toEqual(['acctTotp', 'cycleRubric', 'juryPdf', 'kommunForm', 'orgIndicators', 'ui', 'zod']);
    expect(namespacesIn(source).problems).toEqual([]);
  });

  it('reports what it cannot read instead of guessing', () => {
    const source = `const t = useTranslations(ns); const all = useTranslations(); all(key); const m = useMessages();`;
    const { namespaces, problems } = namespacesIn(source, 'x.tsx');
    expect(namespaces).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('x.tsx: useTranslations(ns)');
  });

  it('ignores commented-out code', () => {
    expect(namespacesIn(`// useTranslations('old')\n/* useTranslations('older') */`).namespaces).toEqual([]);
  });
});

describe('reading a module’s imports', () => {
  it('counts what is loaded, not what TypeScript erases', () => {
    const source = `import { a } from 'pkg-a';
import type { B } from '@/db/schema/b';
import { type C, type D } from '@/db/schema/c';
import { type E, f } from './f';
import {
  g,
  h,
} from "pkg-g";
import './side-effect.css';
export { i } from '@/lib/i';
const j = await import('pdfjs-dist');`;
    expect(importsOf(source)).toEqual([
      { spec: 'pkg-a', dynamic: false },
      { spec: './f', dynamic: false },
      { spec: 'pkg-g', dynamic: false },
      { spec: './side-effect.css', dynamic: false },
      { spec: '@/lib/i', dynamic: false },
      { spec: 'pdfjs-dist', dynamic: true },
    ]);
  });
});
