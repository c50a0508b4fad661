import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as indicatorsSchema from '@/db/schema/indicators';
import * as nominationsSchema from '@/db/schema/nominations';
import { DOCUMENT_TYPES } from '@/lib/domain/document-types';
import { KPI_COMPONENTS, KPI_DIRECTIONS } from '@/lib/domain/kpi-kinds';
import { ROOT, importsOf, scanClient } from '@/tests/i18n/client-scan';

/**
 * What the browser downloads (issue 12: JavaScript per page ≤ 150 KB gzip). Reads the client code
 * (every 'use client' file and what it imports, tests/i18n/client-scan.ts) and refuses server-only
 * and heavy libraries there: each would be sent, gzipped, with every page that shows the component.
 */
/** The modules (repository files) and packages a client module loads with it, following static imports only. */
function staticClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const { spec, dynamic } of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (dynamic) continue;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        continue;
      }
      const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const target = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return { files: [...files].map((f) => path.relative(ROOT, f)), packages: [...packages] };
}

describe('the JavaScript sent to the browser', () => {
  const scan = scanClient();
  const importers = (key: string) => scan.staticImports.get(key) ?? [];

  it('carries no database code', () => {
    // db/schema/* builds drizzle tables at import: one constant from there bundles drizzle (≈ 13 KB gzip).
    const dbImports = [...scan.staticImports].filter(([k]) => k === 'db' || k.startsWith('db' + path.sep));
    expect(dbImports.map(([k, files]) => `${k} ← ${files.join(', ')}`)).toEqual([]);
    expect(importers('drizzle-orm')).toEqual([]);
    expect(importers('better-sqlite3')).toEqual([]);
  });

  it('carries no server-side library', () => {
    for (const pkg of ['pdfkit', 'nodemailer', '@node-rs/argon2', 'busboy', 'otpauth', 'qrcode', 'rate-limiter-flexible', 'diff', 'd3-geo']) {
      expect(importers(pkg), pkg).toEqual([]);
    }
  });

  it('loads the PDF reader only where a PDF is shown, when it is shown', () => {
    // pdf.js is ≈ 120 KB gzip: imported dynamically by the viewer, never with the page.
    expect(importers('pdfjs-dist')).toEqual([]);
    const viewer = fs.readFileSync(path.join(ROOT, 'components/jury/pdf-viewer.tsx'), 'utf8');
    expect(importsOf(viewer)).toContainEqual({ spec: 'pdfjs-dist', dynamic: true });
  });

  it('loads zod with a form when the form is first checked, and the ranking engine when a weight first moves', () => {
    // zod, the schemas and the resolver are ≈ 30–45 KB gzip; the engine ≈ 10 KB (lib/forms/lazy-zod-resolver.ts).
    for (const entry of ['components/forms/sign-in-form.tsx', 'components/shortlist/decision-form.tsx', 'components/arrangor/progress/reopen-sheet-form.tsx']) {
      const loaded = staticClosure(entry);
      expect(loaded.packages, entry).not.toContain('zod');
      expect(loaded.packages, entry).not.toContain('@hookform/resolvers');
      expect(loaded.packages, entry).toContain('react-hook-form');
    }
    const shortlist = staticClosure('components/shortlist/shortlist-view.tsx');
    expect(shortlist.files).not.toContain('lib/assessment/ranking-view.ts');
    expect(shortlist.files).not.toContain('lib/domain/engine/pipeline.ts');
    const view = fs.readFileSync(path.join(ROOT, 'components/shortlist/shortlist-view.tsx'), 'utf8');
    expect(importsOf(view)).toContainEqual({ spec: '@/lib/assessment/ranking-view', dynamic: true });
  });

  it('loads a form that a page shows only sometimes when it is shown', () => {
    // The decision form (finalists named, no decision yet) and the reopen form (a juror chosen) are their
    // pages' only react-hook-form forms (≈ 14 KB gzip): React.lazy, not with the page.
    for (const page of ['app/arrangor/omgang/[id]/topplista/page.tsx', 'app/arrangor/omgang/[id]/framsteg/page.tsx']) {
      expect(staticClosure(page).packages, page).not.toContain('react-hook-form');
    }
  });

  it('lists the same document types and key-figure kinds as the database', () => {
    expect(DOCUMENT_TYPES).toEqual(nominationsSchema.DOCUMENT_TYPES);
    expect(KPI_DIRECTIONS).toEqual(indicatorsSchema.KPI_DIRECTIONS);
    expect(KPI_COMPONENTS).toEqual(indicatorsSchema.KPI_COMPONENTS);
  });
});
