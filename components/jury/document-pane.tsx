'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { PdfViewer, type ViewerDocument } from './pdf-viewer';

/** The PDF view of the selected document; the page in view lives in the URL (?dokument=&sida=). */
export function DocumentPane({ nominationId, document, page, query }: { nominationId: number; document: ViewerDocument; page: number; query: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const onPage = (p: number) => {
    const params = new URLSearchParams({ dokument: String(document.id), sida: String(p) });
    if (query) params.set('q', query);
    startTransition(() => router.replace(`/jury/nominering/${nominationId}?${params.toString()}`, { scroll: false }));
  };
  return <PdfViewer document={document} page={page} onPage={onPage} pending={pending} />;
}
