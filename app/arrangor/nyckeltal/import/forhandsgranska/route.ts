import { previewUploadResponse } from '@/lib/loaders/indicators';

export const dynamic = 'force-dynamic';

/** The dry run of a key-figure file: POST the raw file (name in X-Filename); answers the preview as JSON. */
export async function POST(request: Request) {
  return previewUploadResponse(request);
}
