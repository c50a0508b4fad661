/**
 * Verifies the audit log's hash chain (see appendAudit in db/queries/audit.ts).
 * Each row must (1) hash to its stored hash from its own fields and its prev_hash,
 * and (2) point with prev_hash at the stored hash of the row just before it, whose
 * id must be one less (ids come from AUTOINCREMENT, so a rolled-back insert leaves
 * no gap; a gap is a deleted row). The last id handed out (sqlite_sequence) catches
 * rows deleted from the end. Pure: the rows are passed in, nothing is read here.
 *
 * What it cannot catch: someone who rewrites a row and recomputes every later hash.
 * Against that, keep the head hash (`head`) somewhere outside the database.
 */
import { auditHash, GENESIS_HASH } from '@/db/queries/audit';

export type AuditRow = {
  id: number;
  at: string;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  cycleId: number | null;
  /** The stored JSON text of before/after (as in the table), or null. */
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
};

export type ChainProblem =
  | { kind: 'changed'; id: number; message: string }
  | { kind: 'deleted'; fromId: number; toId: number; message: string }
  | { kind: 'broken_link'; id: number; message: string };

export type ChainReport = {
  ok: boolean;
  checked: number;
  /** The hash of the last row: write it down outside the database to catch a rewrite of the whole tail. */
  head: string;
  problems: ChainProblem[];
};

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string | null): Parsed {
  if (text === null) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Whether the row's own fields still hash to its stored hash. */
function rowIntact(row: AuditRow): boolean {
  const before = parseJson(row.before);
  const after = parseJson(row.after);
  if (!before.ok || !after.ok) return false;
  const expected = auditHash(row.prevHash, {
    at: row.at,
    actorId: row.actorId,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    cycleId: row.cycleId,
    before: before.value,
    after: after.value,
  });
  return expected === row.hash;
}

const deleted = (fromId: number, toId: number): ChainProblem => ({
  kind: 'deleted',
  fromId,
  toId,
  message:
    fromId === toId
      ? `Rad ${fromId} är borttagen (deleted).`
      : `Raderna ${fromId}–${toId} är borttagna (deleted).`,
});

/**
 * Checks the rows (any order; they are sorted by id). `lastIssuedId` is the highest id
 * the table has ever handed out (sqlite_sequence), or null if unknown.
 */
export function verifyAuditChain(rows: readonly AuditRow[], lastIssuedId: number | null = null): ChainReport {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const problems: ChainProblem[] = [];
  let prev: AuditRow | null = null;
  for (const row of sorted) {
    const expectedPrevId = prev ? prev.id + 1 : 1;
    if (row.id > expectedPrevId) problems.push(deleted(expectedPrevId, row.id - 1));
    if (!rowIntact(row)) {
      problems.push({ kind: 'changed', id: row.id, message: `Rad ${row.id} är ändrad: innehållet stämmer inte med radens hash (changed).` });
    }
    const expectedPrev = prev ? prev.hash : GENESIS_HASH;
    if (row.prevHash !== expectedPrev && row.id === expectedPrevId) {
      problems.push({
        kind: 'broken_link',
        id: row.id,
        message: `Rad ${row.id} pekar inte på hashen av rad ${prev ? prev.id : '(början)'}: kedjan är bruten – en rad är ändrad, flyttad eller borttagen (broken link).`,
      });
    }
    prev = row;
  }
  const maxId = prev ? prev.id : 0;
  if (lastIssuedId !== null && lastIssuedId > maxId) problems.push(deleted(maxId + 1, lastIssuedId));
  return { ok: problems.length === 0, checked: sorted.length, head: prev ? prev.hash : GENESIS_HASH, problems };
}

/** The problems ordered by the row they concern, the first changed or deleted row first. */
export function firstProblem(report: ChainReport): ChainProblem | null {
  const at = (p: ChainProblem) => (p.kind === 'deleted' ? p.fromId : p.id);
  return [...report.problems].sort((a, b) => at(a) - at(b))[0] ?? null;
}
