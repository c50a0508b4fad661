import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/guards';
import { getCurrentUser } from '@/lib/auth/session';
import { exportPersonData, findPerson, type PersonExport } from '@/lib/gdpr/person-data';
import type { PersonRole } from '@/lib/loaders/people';

function idOf(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

/** One person's page for the organiser: who they are, what is stored, export and erasure. */
export async function loadPersonPage(rawId: string) {
  const me = await requireArea('arrangor');
  const db = getDb();
  const data = exportPersonData(db, idOf(rawId), new Date());
  if (!data) notFound();
  const p = data.person as { id: number; name: string; email: string; role: PersonRole; organisation: string | null; municipality?: string | null; active: boolean; erasedAt: string | null; isDemo: boolean };
  return {
    isMe: p.id === me.id,
    person: { id: p.id, name: p.name, email: p.email, role: p.role, detail: p.municipality ?? p.organisation ?? '', active: p.active, erasedAt: p.erasedAt, isDemo: p.isDemo },
    counts: {
      sessions: data.sessions.length,
      invitations: data.invitations.length,
      mail: data.mail.length,
      registrations: data.registrations.length,
      conflicts: data.conflicts.length,
      assignments: data.assignments.length,
      scoreSheets: data.scoreSheets.length,
      interviewNotes: data.interviewNotes.length,
      applicationContacts: data.applicationContacts.length,
      auditEntries: data.auditEntries.length,
    },
  };
}

/** The JSON export for the route: 401 signed out, 403 for anyone but an organiser, 404 for no such person. */
export async function loadPersonExport(rawId: string, now = new Date()): Promise<{ status: 200; data: PersonExport } | { status: 401 | 403 | 404 }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (user.role !== 'organiser') return { status: 403 };
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) return { status: 404 };
  const db = getDb();
  if (!findPerson(db, id)) return { status: 404 };
  const data = exportPersonData(db, id, now);
  return data ? { status: 200, data } : { status: 404 };
}
