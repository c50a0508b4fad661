import type { Db } from '@/db/client';
import { CSV_BOM, csvLine } from './csv';
import type { Dataset } from './datasets';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A dataset as a byte stream, one page of rows per pull (the next page is read only when the
 * client has taken the previous one). CSV: see csv.ts. JSON: one object
 * `{ "dataset", "cycleId", "columns": [...], "rows": [ {column: value}, … ] }` with plain
 * JSON numbers (decimal point) and null for missing values; the column names are the CSV's.
 */
export function exportStream(dataset: Dataset, db: Db, cycleId: number, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = dataset.pages(db, cycleId);
  const headers = dataset.columns.map((c) => c.header);
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        const head = format === 'csv' ? CSV_BOM + csvLine(headers) : `{"dataset":${JSON.stringify(dataset.key)},"cycleId":${cycleId},"columns":${JSON.stringify(headers)},"rows":[`;
        controller.enqueue(encoder.encode(head));
        return;
      }
      const next = pages.next();
      if (next.done) {
        if (format === 'json') controller.enqueue(encoder.encode(']}\n'));
        controller.close();
        return;
      }
      let chunk = '';
      for (const row of next.value) {
        if (format === 'csv') chunk += csvLine(dataset.columns.map((c) => row[c.key]));
        else {
          const obj: Record<string, unknown> = {};
          for (const c of dataset.columns) {
            const v = row[c.key];
            obj[c.header] = v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v;
          }
          chunk += (first ? '\n' : ',\n') + JSON.stringify(obj);
          first = false;
        }
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      pages.return(undefined);
    },
  });
}
