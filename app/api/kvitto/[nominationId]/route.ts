import { NextResponse } from 'next/server';
import { loadReceipt } from '@/lib/loaders/application';
import { localeOfRequest } from '@/i18n/request';
import { getCurrentUser } from '@/lib/auth/session';
import { routeMessage } from '@/lib/i18n/route-messages';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/kvitto/<nominationId>: the receipt PDF; 404 for anyone but the municipality's contacts and organisers. */
export async function GET(req: Request, { params }: { params: Promise<{ nominationId: string }> }) {
  const { nominationId } = await params;
  const user = await getCurrentUser();
  const locale = await localeOfRequest(req, user);
  if (!user) return NextResponse.json({ error: routeMessage('signedOut', locale) }, { status: 401 });
  const receipt = await loadReceipt(user, Number(nominationId), locale);
  if (!receipt) return NextResponse.json({ error: routeMessage('receiptMissing', locale) }, { status: 404 });
  return new NextResponse(new Uint8Array(receipt.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${receipt.filename}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
