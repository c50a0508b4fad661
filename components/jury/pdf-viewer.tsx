'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export type ViewerDocument = { id: number; title: string; pageCount: number };

type Props = {
  document: ViewerDocument;
  page: number;
  /** Asks the page to show another page (the URL holds the selection). */
  onPage: (page: number) => void;
  pending?: boolean;
};

type Status = { kind: 'loading' } | { kind: 'ready'; pages: number } | { kind: 'error'; message: 'loadFailed' | 'pageFailed' };

const WORKER_SRC = '/jury/pdf-worker';

/**
 * One PDF rendered in the browser with pdf.js: a canvas per page in view, page
 * navigation, and fit to the width of its column. The text alternative of the
 * page is shown beside it by the page (extracted text from the server).
 */
export function PdfViewer({ document, page, onPage, pending = false }: Props) {
  const t = useTranslations('juryPdf');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<{ id: number; proxy: PDFDocumentProxy } | null>(null);
  const [statusOf, setStatusOf] = useState<{ documentId: number; status: Status } | null>(null);
  const status: Status = statusOf?.documentId === document.id ? statusOf.status : { kind: 'loading' };
  const [width, setWidth] = useState(0);
  const [pageInput, setPageInput] = useState(String(page));
  const [shownPage, setShownPage] = useState(page);
  if (shownPage !== page) {
    // The page changed from outside (a search hit, the URL): show it in the field.
    setShownPage(page);
    setPageInput(String(page));
  }
  const pageCount = pdf?.proxy.numPages ?? document.pageCount;

  // pdf.js (≈ 430 KB of script to parse and run, then the page's drawing: most of the workspace's
  // main-thread time on a phone) starts once the viewer's picture is on screen. On a phone it is
  // below the first screen, and a juror who goes straight to the score sheet never pays for it;
  // until then the box says "loading" and the page's text is beside it. Without IntersectionObserver, at once.
  const [near, setNear] = useState(false);
  useEffect(() => {
    const box = boxRef.current;
    if (near || !box) return;
    if (typeof IntersectionObserver === 'undefined') {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a browser without the observer just loads at once
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [near]);

  // Load the document (one at a time; the previous one is destroyed).
  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    const setStatus = (status: Status) => setStatusOf({ documentId: document.id, status });
    (async () => {
      try {
        const pdfjs = await import('pdfjs-dist');
        pdfjs.GlobalWorkerOptions.workerSrc = WORKER_SRC;
        const task = pdfjs.getDocument({ url: `/api/dokument/${document.id}`, withCredentials: true, isEvalSupported: false });
        loaded = await task.promise;
        if (cancelled) {
          void loaded.destroy();
          return;
        }
        setPdf({ id: document.id, proxy: loaded });
      } catch {
        if (!cancelled) setStatus({ kind: 'error', message: 'loadFailed' });
      }
    })();
    return () => {
      cancelled = true;
      if (loaded) void loaded.destroy();
    };
  }, [document.id, near]);

  // Follow the width of the column.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0].contentRect.width)));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Render the page in view.
  useEffect(() => {
    if (!pdf || pdf.id !== document.id || width === 0) return;
    let cancelled = false;
    let task: { cancel: () => void; promise: Promise<void> } | null = null;
    const setStatus = (status: Status) => setStatusOf({ documentId: document.id, status });
    (async () => {
      try {
        const p = await pdf.proxy.getPage(Math.min(Math.max(1, page), pdf.proxy.numPages));
        if (cancelled) return;
        const base = p.getViewport({ scale: 1 });
        const viewport = p.getViewport({ scale: width / base.width });
        const canvas = canvasRef.current;
        if (!canvas) return;
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        canvas.style.height = `${Math.floor(viewport.height)}px`;
        task = p.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await task.promise;
        if (!cancelled) setStatus({ kind: 'ready', pages: pdf.proxy.numPages });
      } catch (err) {
        if (!cancelled && (err as { name?: string }).name !== 'RenderingCancelledException')
          setStatus({ kind: 'error', message: 'pageFailed' });
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, document.id, page, width]);

  const go = (p: number) => {
    const next = Math.min(Math.max(1, p), Math.max(1, pageCount));
    if (next !== page) onPage(next);
  };

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('navigate')}>
        <button type="button" className="rounded border border-slate-500 bg-white px-3 py-1 disabled:opacity-50" onClick={() => go(page - 1)} disabled={page <= 1}>
          {t('previous')}
        </button>
        <form method="post"
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(pageInput);
            if (Number.isInteger(n)) go(n);
          }}
        >
          <label htmlFor="pdf-sida" className="text-sm">
            {t('page')}
          </label>
          <input
            id="pdf-sida"
            inputMode="numeric"
            className="w-16 rounded border border-slate-500 px-2 py-1 text-right"
            value={pageInput}
            onChange={(e) => setPageInput(e.target.value)}
          />
          <span className="text-sm">{t('of', { count: pageCount })}</span>
          <button type="submit" className="rounded border border-slate-500 bg-white px-2 py-1 text-sm">
            {t('go')}
          </button>
        </form>
        <button
          type="button"
          className="rounded border border-slate-500 bg-white px-3 py-1 disabled:opacity-50"
          onClick={() => go(page + 1)}
          disabled={page >= pageCount}
        >
          {t('next')}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {status.kind === 'ready' && !pending ? t('shown', { page, count: pageCount, title: document.title }) : ''}
      </p>
      <div ref={boxRef} className="relative mt-3 min-h-64 overflow-hidden rounded border border-slate-300 bg-slate-100">
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('canvas', { page, count: pageCount, title: document.title })}
          data-page={status.kind === 'ready' && !pending ? page : undefined}
          className="block"
        />
        {status.kind === 'loading' || pending ? (
          <p className="absolute left-2 top-2 rounded bg-white px-2 py-1 text-sm">{t('loading')}</p>
        ) : null}
        {status.kind === 'error' ? (
          <p role="alert" className="absolute inset-x-2 top-2 rounded bg-white p-2 text-sm font-medium text-red-800">
            {t(status.message)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
