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

  it('lists the same document types and key-figure kinds as the database', () => {
    expect(DOCUMENT_TYPES).toEqual(nominationsSchema.DOCUMENT_TYPES);
    expect(KPI_DIRECTIONS).toEqual(indicatorsSchema.KPI_DIRECTIONS);
    expect(KPI_COMPONENTS).toEqual(indicatorsSchema.KPI_COMPONENTS);
  });
});
