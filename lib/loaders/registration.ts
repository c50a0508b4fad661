import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { municipalities } from '@/db/schema';
import { requireArea } from '@/lib/auth/guards';
import { allRegistrations, cyclesOpenForRegistration } from '@/lib/registration/registrations';
import { formatDateTime } from '@/lib/time';

/** The public registration page: cycles open for registration and the official list of municipalities. */
export async function loadRegistrationPage() {
  const db = getDb();
  return {
    cycles: cyclesOpenForRegistration(db, new Date()),
    municipalities: db
      .select({ kommunkod: municipalities.kommunkod, name: municipalities.name, county: municipalities.county })
      .from(municipalities)
      .orderBy(asc(municipalities.name))
      .all(),
  };
}

/** The organiser's approval queue. */
export async function loadRegistrationQueue() {
  await requireArea('arrangor');
  return allRegistrations(getDb()).map((r) => ({
    key: `${r.cycleId}:${r.id}`,
    cycleId: r.cycleId,
    id: r.id,
    cycleName: r.cycleName,
    municipality: r.municipality,
    county: r.county,
    kommunkod: r.kommunkod,
    name: r.name,
    title: r.title,
    email: r.email,
    createdAt: formatDateTime(r.createdAt),
    createdAtIso: r.createdAt,
    status: r.status,
  }));
}
