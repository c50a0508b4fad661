/**
 * Balanced automatic assignment of jurors to nominations.
 *
 * Hard rules: a juror is never assigned to a nomination whose municipality they
 * have a conflict with, nor to one they are excluded from. Pins are kept, except a
 * pin that is conflicted or excluded (or names an unknown juror or nomination),
 * which is dropped and reported. Each nomination gets max(pins, min(target,
 * eligible jurors)) jurors, where eligible = neither conflicted nor excluded.
 *
 * Algorithm: a min-cost flow, nominations → (nomination, organisation) → jurors.
 * A juror's k-th nomination costs W·(2·load − 1) with load = pins + k, so the total
 * is W·Σ load² (convex): minimising it gives the "decreasingly minimal" loads
 * (Frank & Murota, Discrete decreasing minimization, 2019), which at once minimise
 * the highest and maximise the lowest load — a spread ≤ 1 whenever any assignment
 * has one. A second juror of the same organisation on a nomination (counting pins)
 * costs 1; W is larger than every possible sum of those, so organisations are
 * spread as well as possible among the assignments with the most even loads.
 * Successive shortest paths (queue-based Bellman–Ford) add one seat at a time; a
 * path may move earlier seats between jurors, which is the repair step.
 *
 * Determinism: jurors and nominations are sorted by id (numbers numerically,
 * before strings) before anything else, so the input order never matters. Among
 * equally good paths, the search order decides: nominations and jurors in id
 * order, or — when `seed` is given — in an order shuffled with createRandom(seed).
 */
import { createRandom, shuffled } from './random';

export type Id = number | string;
export type NominationInput = { id: Id; kommunkod: string };
/** organisation null/empty: unknown, never counted as the same as anyone else's. Compared trimmed, case-insensitively. */
export type JurorInput = { id: Id; organisation?: string | null };
export type ConflictInput = { jurorId: Id; kommunkod: string };
export type JurorNomination = { jurorId: Id; nominationId: Id };
/** A number of jurors per nomination, or 'all' jurors without a conflict. */
export type JurorsPerNomination = number | 'all';

export type AssignmentInput = {
  nominations: readonly NominationInput[];
  jurors: readonly JurorInput[];
  conflicts?: readonly ConflictInput[];
  pins?: readonly JurorNomination[];
  exclusions?: readonly JurorNomination[];
  /** Default: defaultJurorsPerNomination(nominations.length). */
  jurorsPerNomination?: JurorsPerNomination;
  /** Shuffles the tie-breaking order; same input and seed, same result. */
  seed?: number;
};

export type Assignment = JurorNomination & { pinned: boolean };
/** Why a nomination is short, as a code (count: the jurors there are, or left): pages word it in the reader's language. */
export type ShortCode = 'noJurors' | 'tooFewJurors' | 'tooManyConflicts' | 'tooManyExclusions';
/** `reason`: the Swedish sentence (tests, the CLI); `code` and `count` for every other reader. */
export type Shortfall = { nominationId: Id; assigned: number; wanted: number; reason: string; code: ShortCode; count: number };
export type PinDropCode = 'unknownJuror' | 'unknownNomination' | 'conflict' | 'excluded';
export type DroppedPin = JurorNomination & { reason: string; code: PinDropCode };
/** A warning as a code and its values (warnings holds the same in Swedish). */
export type AssignmentNote =
  | { code: 'pinDropped'; jurorId: Id; nominationId: Id; reason: PinDropCode }
  | { code: 'overPinned'; nominationId: Id; count: number; target: number }
  | { code: 'sameOrganisation'; nominationId: Id; organisations: string[] }
  | { code: 'unevenLoad'; min: number; max: number };

export type AssignmentResult = {
  /** Sorted by nomination id, then juror id. */
  assignments: Assignment[];
  /** Every juror, sorted by id. */
  loads: { jurorId: Id; load: number }[];
  short: Shortfall[];
  droppedPins: DroppedPin[];
  warnings: string[];
  notes: AssignmentNote[];
};

/** All jurors without a conflict for up to 15 nominations, otherwise 3 per nomination. */
export function defaultJurorsPerNomination(nominationCount: number): JurorsPerNomination {
  return nominationCount <= 15 ? 'all' : 3;
}

export function compareIds(a: Id, b: Id): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique<T extends { id: Id }>(items: readonly T[], what: string): T[] {
  const out = [...items].sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < out.length; i++)
    if (compareIds(out[i - 1].id, out[i].id) === 0) throw new RangeError(`${what} ${out[i].id} förekommer två gånger.`);
  return out;
}

const PIN_DROP_REASONS: Record<PinDropCode, string> = {
  unknownJuror: 'Jurymedlemmen finns inte bland jurymedlemmarna.',
  unknownNomination: 'Nomineringen finns inte bland nomineringarna.',
  conflict: 'Jurymedlemmen har jäv mot kommunen.',
  excluded: 'Jurymedlemmen är undantagen från nomineringen.',
};

const people = (n: number) => (n === 1 ? '1 jurymedlem' : `${n} jurymedlemmar`);

function shortCode(jurorCount: number, unconflicted: number, eligible: number, wanted: number): { code: ShortCode; count: number } {
  if (jurorCount === 0) return { code: 'noJurors', count: 0 };
  if (jurorCount < wanted) return { code: 'tooFewJurors', count: jurorCount };
  if (unconflicted < wanted || unconflicted === 0) return { code: 'tooManyConflicts', count: unconflicted };
  return { code: 'tooManyExclusions', count: eligible };
}

/** A shortfall's code in Swedish (`reason`, for tests and the CLI). */
function shortReason({ code, count }: { code: ShortCode; count: number }): string {
  switch (code) {
    case 'noJurors':
      return 'Det finns inga jurymedlemmar.';
    case 'tooFewJurors':
      return `För få jurymedlemmar: det finns bara ${people(count)}.`;
    case 'tooManyConflicts':
      return count === 0 ? 'För många jäv: ingen jurymedlem utan jäv.' : `För många jäv: bara ${people(count)} utan jäv.`;
    case 'tooManyExclusions':
      return count === 0 ? 'För många undantag: ingen jurymedlem kvar utan jäv eller undantag.' : `För många undantag: bara ${people(count)} kvar utan jäv eller undantag.`;
  }
}

/** A note in Swedish (`warnings`, for tests and the CLI). */
function noteText(note: AssignmentNote): string {
  switch (note.code) {
    case 'pinDropped':
      return `Fastlåsningen av jurymedlem ${note.jurorId} på nominering ${note.nominationId} togs bort: ${PIN_DROP_REASONS[note.reason]}`;
    case 'overPinned':
      return `Nominering ${note.nominationId} har ${note.count} fastlåsta jurymedlemmar, fler än målet ${note.target}.`;
    case 'sameOrganisation':
      return `Nominering ${note.nominationId} har flera jurymedlemmar från samma organisation: ${note.organisations.join(', ')}.`;
    case 'unevenLoad':
      return `Belastningen kunde inte jämnas ut till högst en nominerings skillnad (jäv, undantag eller fastlåsningar): mellan ${note.min} och ${note.max} nomineringar per jurymedlem.`;
  }
}

export function assignJurors(input: AssignmentInput): AssignmentResult {
  const jurors = sortedUnique(input.jurors, 'Jurymedlem');
  const noms = sortedUnique(input.nominations, 'Nominering');
  const target = input.jurorsPerNomination ?? defaultJurorsPerNomination(noms.length);
  if (target !== 'all' && !(Number.isInteger(target) && target >= 1))
    throw new RangeError('Antalet jurymedlemmar per nominering måste vara ett heltal större än noll.');
  const J = jurors.length;
  const N = noms.length;
  const jIdx = new Map(jurors.map((j, i) => [j.id, i]));
  const nIdx = new Map(noms.map((n, i) => [n.id, i]));
  const notes: AssignmentNote[] = [];

  const conflictKeys = new Set((input.conflicts ?? []).map((c) => `${jIdx.get(c.jurorId)}|${c.kommunkod}`));
  const conflicted = (n: number, j: number) => conflictKeys.has(`${j}|${noms[n].kommunkod}`);
  const excluded = new Set<number>();
  for (const e of input.exclusions ?? []) {
    const n = nIdx.get(e.nominationId);
    const j = jIdx.get(e.jurorId);
    if (n !== undefined && j !== undefined) excluded.add(n * J + j);
  }
  const eligible = (n: number, j: number) => !conflicted(n, j) && !excluded.has(n * J + j);

  // Pins, in (nomination, juror) id order so that the reports are deterministic too.
  const pinned = new Set<number>();
  const droppedPins: DroppedPin[] = [];
  const pins = [...(input.pins ?? [])].sort(
    (a, b) => compareIds(a.nominationId, b.nominationId) || compareIds(a.jurorId, b.jurorId),
  );
  for (const pin of pins) {
    const n = nIdx.get(pin.nominationId);
    const j = jIdx.get(pin.jurorId);
    let code: PinDropCode | null = null;
    if (j === undefined) code = 'unknownJuror';
    else if (n === undefined) code = 'unknownNomination';
    else if (conflicted(n, j)) code = 'conflict';
    else if (excluded.has(n * J + j)) code = 'excluded';
    if (code === null) pinned.add(n! * J + j!);
    else if (!droppedPins.some((d) => d.jurorId === pin.jurorId && d.nominationId === pin.nominationId)) {
      droppedPins.push({ jurorId: pin.jurorId, nominationId: pin.nominationId, reason: PIN_DROP_REASONS[code], code });
      notes.push({ code: 'pinDropped', jurorId: pin.jurorId, nominationId: pin.nominationId, reason: code });
    }
  }

  // Organisations compare trimmed and case-insensitively; a juror without one is alone in theirs.
  const orgKey = (j: number) => jurors[j].organisation?.trim().toLocaleLowerCase('sv-SE') || `\u0000${j}`;
  const load = jurors.map((_, j) => noms.reduce((s, _n, n) => s + (pinned.has(n * J + j) ? 1 : 0), 0));

  // Flow network: nodes 0..N-1 nominations, N..N+J-1 jurors, then (nomination, organisation)
  // groups. Arcs have capacity 1; arc e ^ 1 is the reverse of arc e.
  const adj: number[][] = Array.from({ length: N + J }, () => []);
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const addArc = (u: number, v: number, w: number) => {
    adj[u].push(to.length);
    to.push(v, u);
    cap.push(1, 0);
    cost.push(w, -w);
    adj[v].push(to.length - 1);
  };
  const random = input.seed === undefined ? null : createRandom(input.seed);
  const nOrder = noms.map((_, n) => n);
  const jOrder = jurors.map((_, j) => j);
  const nRank = random ? shuffled(random, nOrder) : nOrder;
  const jRank = random ? shuffled(random, jOrder) : jOrder;

  const remaining: number[] = new Array(N).fill(0);
  const wanted: number[] = new Array(N).fill(0);
  const seatArcs: { arc: number; n: number; j: number }[] = [];
  let demand = 0;
  for (const n of nRank) {
    const pinCount = jOrder.filter((j) => pinned.has(n * J + j)).length;
    wanted[n] = target === 'all' ? jOrder.filter((j) => !conflicted(n, j)).length : target;
    remaining[n] = Math.max(0, Math.min(wanted[n], jOrder.filter((j) => eligible(n, j)).length) - pinCount);
    demand += remaining[n];
    const groups = new Map<string, number[]>();
    for (const j of jRank) {
      if (!eligible(n, j) || pinned.has(n * J + j)) continue;
      const key = orgKey(j);
      groups.set(key, [...(groups.get(key) ?? []), j]);
    }
    for (const [key, members] of groups) {
      const g = adj.length;
      adj.push([]);
      const pinnedSame = jOrder.filter((j) => pinned.has(n * J + j) && orgKey(j) === key).length;
      for (let i = 0; i < members.length; i++) addArc(n, g, pinnedSame + i >= 1 ? 1 : 0);
      for (const j of members) {
        seatArcs.push({ arc: to.length, n, j });
        addArc(g, N + j, 0);
      }
    }
  }
  for (let n = 0; n < N; n++) {
    const pinCount = jOrder.filter((j) => pinned.has(n * J + j)).length;
    if (target !== 'all' && pinCount > target) notes.push({ code: 'overPinned', nominationId: noms[n].id, count: pinCount, target });
  }

  const W = demand + 1;
  const sinkCost = (j: number) => W * (2 * (load[j] + 1) - 1);
  for (let unit = 0; unit < demand; unit++) {
    const dist: number[] = new Array(adj.length).fill(Infinity);
    const prevArc: number[] = new Array(adj.length).fill(-1);
    const inQueue: boolean[] = new Array(adj.length).fill(false);
    const queue: number[] = [];
    for (const n of nRank)
      if (remaining[n] > 0) {
        dist[n] = 0;
        queue.push(n);
        inQueue[n] = true;
      }
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi];
      inQueue[u] = false;
      for (const e of adj[u]) {
        if (cap[e] === 0 || dist[u] + cost[e] >= dist[to[e]]) continue;
        dist[to[e]] = dist[u] + cost[e];
        prevArc[to[e]] = e;
        if (!inQueue[to[e]]) {
          inQueue[to[e]] = true;
          queue.push(to[e]);
        }
      }
    }
    let best = -1;
    for (const j of jRank)
      if (dist[N + j] < Infinity && (best < 0 || dist[N + j] + sinkCost(j) < dist[N + best] + sinkCost(best))) best = j;
    if (best < 0) throw new Error('assignJurors: no augmenting path (unreachable)');
    let v = N + best;
    while (prevArc[v] !== -1) {
      const e = prevArc[v];
      cap[e] -= 1;
      cap[e ^ 1] += 1;
      v = to[e ^ 1];
    }
    remaining[v] -= 1;
    load[best] += 1;
  }

  const assignments: Assignment[] = [];
  for (let n = 0; n < N; n++)
    for (let j = 0; j < J; j++)
      if (pinned.has(n * J + j)) assignments.push({ jurorId: jurors[j].id, nominationId: noms[n].id, pinned: true });
  for (const s of seatArcs)
    if (cap[s.arc] === 0) assignments.push({ jurorId: jurors[s.j].id, nominationId: noms[s.n].id, pinned: false });
  assignments.sort((a, b) => compareIds(a.nominationId, b.nominationId) || compareIds(a.jurorId, b.jurorId));

  const short: Shortfall[] = [];
  const perNomination = new Map<Id, Assignment[]>();
  for (const a of assignments) perNomination.set(a.nominationId, [...(perNomination.get(a.nominationId) ?? []), a]);
  for (let n = 0; n < N; n++) {
    const got = perNomination.get(noms[n].id) ?? [];
    if (got.length < wanted[n] || got.length === 0) {
      const unconflicted = jOrder.filter((j) => !conflicted(n, j)).length;
      const eligibleCount = jOrder.filter((j) => eligible(n, j)).length;
      const why = shortCode(J, unconflicted, eligibleCount, Math.max(wanted[n], 1));
      short.push({ nominationId: noms[n].id, assigned: got.length, wanted: wanted[n], reason: shortReason(why), ...why });
    }
    const seen = new Map<string, string>();
    const twice = new Set<string>();
    for (const j of got.map((a) => jIdx.get(a.jurorId)!)) {
      const name = seen.get(orgKey(j));
      if (name === undefined) seen.set(orgKey(j), (jurors[j].organisation ?? '').trim());
      else twice.add(name);
    }
    // With 'all', every eligible juror sits on every nomination: nothing to spread.
    if (target !== 'all' && twice.size > 0) notes.push({ code: 'sameOrganisation', nominationId: noms[n].id, organisations: [...twice] });
  }
  if (J > 1 && Math.max(...load) - Math.min(...load) > 1) notes.push({ code: 'unevenLoad', min: Math.min(...load), max: Math.max(...load) });
  return { assignments, loads: jurors.map((j, i) => ({ jurorId: j.id, load: load[i] })), short, droppedPins, warnings: notes.map(noteText), notes };
}
