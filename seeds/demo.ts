import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import {
  assignments,
  conflicts,
  cyclePhaseDates,
  cycles,
  documentPages,
  documents,
  municipalities,
  nominations,
  rubricAreas,
  rubricCriteria,
  scoreSheets,
  scores,
  users,
} from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { createRandom, pick, shuffled, type Random } from '@/lib/domain/random';
import { CLASSIC_RUBRIC } from '@/lib/domain/rubric-templates';
import { generateDemoDocument } from '@/lib/reports/demo-document';
import { storeBuffer } from '@/lib/storage/files';
import {
  CONTACT_FIRST_NAMES,
  CONTACT_LAST_NAMES,
  CONTACT_TITLES,
  DEMO_CYCLE,
  DEMO_JURORS,
  DEMO_ORGANISER,
  DEMO_PASSWORD,
  DEMO_SEED,
  SCORE_COMMENTS,
  SELF_DESCRIPTIONS,
} from './demo-content';

/** A fixed instant for everything the demo creates, so two runs write identical rows. */
// The demo stands in the review phase with its window open from autumn 2026 to the
// end of May 2027, so a visitor can score right away (fixed dates: the seed is deterministic).
const SEEDED_AT = '2026-10-20T08:00:00.000Z';
const APPLICANTS = 12;
const DOCUMENT_TYPES = ['mal_och_budget', 'arsredovisning', 'kvalitetspolicy'] as const;

export type DemoAccount = { email: string; role: string; description: string };

/** The demo logins, as printed by `npm run dev` and listed in the README. */
export function demoAccounts(applicantNames: string[] = []): DemoAccount[] {
  return [
    { email: DEMO_ORGANISER.email, role: 'arrangör', description: DEMO_ORGANISER.name },
    ...DEMO_JURORS.map((j, i) => ({ email: `jury${i + 1}@example.org`, role: 'jurymedlem', description: `${j.name}, ${j.organisation}` })),
    ...Array.from({ length: APPLICANTS }, (_, i) => ({
      email: `kommun${i + 1}@example.org`,
      role: 'kommunkontakt',
      description: applicantNames[i] ?? '',
    })),
  ];
}

/** The 12 applicant municipalities: a fixed-seed draw from the official list. */
export function pickApplicants(db: Db): { kommunkod: string; name: string }[] {
  const all = db.select({ kommunkod: municipalities.kommunkod, name: municipalities.name }).from(municipalities).orderBy(municipalities.kommunkod).all();
  if (all.length < APPLICANTS) throw new Error('Kör synkningen av kommunlistan före demodatan.');
  return shuffled(createRandom(DEMO_SEED), all).slice(0, APPLICANTS);
}

type Prepared = {
  passwordHash: string;
  applicants: { kommunkod: string; name: string }[];
  docs: { applicant: number; type: (typeof DOCUMENT_TYPES)[number]; title: string; sha256: string; sizeBytes: number; pages: string[] }[];
};

/**
 * Seeds the demo cycle: idempotent (a second run changes nothing) and
 * deterministic (fixed seed, fixed times). Returns false when it already existed.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = db.select({ id: cycles.id }).from(cycles).where(and(eq(cycles.year, DEMO_CYCLE.year), eq(cycles.name, DEMO_CYCLE.name))).get();
  if (existing) return false;
  // Slow work (hashing, PDFs) happens before the one synchronous transaction.
  const applicants = pickApplicants(db);
  const prepared: Prepared = { passwordHash: await hashPassword(DEMO_PASSWORD), applicants, docs: [] };
  for (const [i, a] of applicants.entries()) {
    const count = 2 + (i % 2);
    for (const [t, type] of DOCUMENT_TYPES.slice(0, count).entries()) {
      const doc = await generateDemoDocument({ municipalityName: a.name, kommunkod: a.kommunkod, type, year: DEMO_CYCLE.year - 1, seed: DEMO_SEED + i * 10 + t });
      const stored = storeBuffer(doc.pdf);
      prepared.docs.push({ applicant: i, type, title: doc.title, ...stored, pages: doc.pages });
    }
  }
  writeTransaction(db, (tx) => insertDemo(tx, prepared));
  return true;
}

function insertDemo(tx: Db, p: Prepared): void {
  const random = createRandom(DEMO_SEED);
  const user = (values: typeof users.$inferInsert) =>
    tx.insert(users).values({ ...values, passwordHash: p.passwordHash, isDemo: true, createdAt: SEEDED_AT }).returning({ id: users.id }).get().id;

  const organiserId = user({ email: DEMO_ORGANISER.email, name: DEMO_ORGANISER.name, role: 'organiser', title: DEMO_ORGANISER.title });
  const jurorIds = DEMO_JURORS.map((j, i) => user({ email: `jury${i + 1}@example.org`, name: j.name, role: 'juror', organisation: j.organisation }));
  p.applicants.forEach((a, i) =>
    user({
      email: `kommun${i + 1}@example.org`,
      name: `${CONTACT_FIRST_NAMES[i % CONTACT_FIRST_NAMES.length]} ${CONTACT_LAST_NAMES[i % CONTACT_LAST_NAMES.length]}`,
      role: 'municipality',
      title: CONTACT_TITLES[i % CONTACT_TITLES.length],
      kommunkod: a.kommunkod,
    }),
  );

  const cycleId = tx
    .insert(cycles)
    .values({ ...DEMO_CYCLE, mode: 'open_application', phase: 'review', isDemo: true, rubricLockedAt: SEEDED_AT, createdAt: SEEDED_AT })
    .returning({ id: cycles.id })
    .get().id;
  tx.insert(cyclePhaseDates)
    .values([
      { cycleId, phase: 'applications_open', startsAt: '2026-05-03T22:00:00.000Z', endsAt: '2026-09-30T21:59:00.000Z' },
      { cycleId, phase: 'review', startsAt: '2026-10-01T06:00:00.000Z', endsAt: '2027-05-31T21:59:00.000Z' },
      { cycleId, phase: 'interviews', startsAt: '2027-08-23T07:00:00.000Z', endsAt: '2027-09-17T15:00:00.000Z' },
    ])
    .run();

  const criteriaIds: number[] = [];
  CLASSIC_RUBRIC.areas.forEach((area, ai) => {
    const areaId = tx
      .insert(rubricAreas)
      .values({ cycleId, key: area.key, name: area.name, description: area.description, weight: 1, position: ai })
      .returning({ id: rubricAreas.id })
      .get().id;
    area.criteria.forEach((c, ci) => {
      criteriaIds.push(
        tx
          .insert(rubricCriteria)
          .values({ areaId, title: c.title, guidance: c.guidance, lowText: c.low, midText: c.mid, highText: c.high, weight: 1, position: ci })
          .returning({ id: rubricCriteria.id })
          .get().id,
      );
    });
  });

  const nominationIds = p.applicants.map((a, i) =>
    tx
      .insert(nominations)
      .values({
        cycleId,
        kommunkod: a.kommunkod,
        status: 'submitted',
        answers: selfDescription(random, a.name),
        submittedAt: `2026-09-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`,
        updatedAt: SEEDED_AT,
        createdAt: SEEDED_AT,
      })
      .returning({ id: nominations.id })
      .get().id,
  );

  for (const d of p.docs) {
    const documentId = tx
      .insert(documents)
      .values({
        nominationId: nominationIds[d.applicant],
        type: d.type,
        title: d.title,
        filename: `${d.type}.pdf`,
        sha256: d.sha256,
        sizeBytes: d.sizeBytes,
        pageCount: d.pages.length,
        textStatus: 'ready',
        isDemo: true,
        uploadedAt: SEEDED_AT,
      })
      .returning({ id: documents.id })
      .get().id;
    tx.insert(documentPages)
      .values(d.pages.map((text, i) => ({ documentId, pageNo: i + 1, text })))
      .run();
  }

  // One declared conflict: juror 3 lives in applicant 5's municipality, so is never assigned to it.
  const conflictJuror = jurorIds[2];
  const conflictKommun = p.applicants[4].kommunkod;
  tx.insert(conflicts).values({ cycleId, jurorId: conflictJuror, kommunkod: conflictKommun, reason: 'Bor i kommunen', declaredBy: conflictJuror, createdAt: SEEDED_AT }).run();

  // Twelve nominations (≤ 15): every juror without a conflict reads every nomination.
  const quality = p.applicants.map(() => 2.4 + random() * 2); // each municipality's "true" level, 2.4–4.4
  const leniency = jurorIds.map(() => (random() - 0.5) * 0.8);
  nominationIds.forEach((nominationId, ni) => {
    jurorIds.forEach((jurorId, ji) => {
      if (jurorId === conflictJuror && p.applicants[ni].kommunkod === conflictKommun) return;
      tx.insert(assignments).values({ nominationId, jurorId, createdAt: SEEDED_AT }).run();
      const state = (ni + ji) % 3; // 0 submitted, 1 in progress, 2 not started
      if (state === 2) return;
      const sheetId = tx
        .insert(scoreSheets)
        .values({ nominationId, jurorId, status: state === 0 ? 'submitted' : 'in_progress', submittedAt: state === 0 ? SEEDED_AT : null, updatedAt: SEEDED_AT })
        .returning({ id: scoreSheets.id })
        .get().id;
      const scored = state === 0 ? criteriaIds : criteriaIds.slice(0, Math.ceil(criteriaIds.length / 2));
      for (const criterionId of scored) {
        const value = Math.min(5, Math.max(1, Math.round(quality[ni] + leniency[ji] + (random() - 0.5) * 1.6)));
        const bank = value === 1 ? SCORE_COMMENTS.low : value === 5 ? SCORE_COMMENTS.high : SCORE_COMMENTS.mid;
        tx.insert(scores).values({ sheetId, criterionId, value, comment: pick(random, bank), updatedAt: SEEDED_AT }).run();
      }
    });
  });

  appendAudit(tx, { actorId: organiserId, action: 'demo.seeded', entity: 'cycle', entityId: cycleId, cycleId, after: { applicants: p.applicants.length }, at: SEEDED_AT });
}

function selfDescription(random: Random, name: string) {
  const selfDescription: Record<string, string> = {};
  for (const [area, options] of Object.entries(SELF_DESCRIPTIONS)) selfDescription[area] = `${pick(random, options)} (Demodata – fiktiv text för ${name}.)`;
  return { selfDescription, goals: `${name} har som mål att vara en av Sveriges bästa kommuner att bo och verka i.` };
}
