import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignJurors,
  defaultJurorsPerNomination,
  type AssignmentInput,
  type AssignmentResult,
  type Id,
} from '@/lib/domain/assignment';
import { createRandom, shuffled } from '@/lib/domain/random';

const jurorsOf = (...orgs: (string | null)[]) => orgs.map((organisation, i) => ({ id: i + 1, organisation }));
const nominationsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 100 + i, kommunkod: String(1000 + i) }));
const on = (r: AssignmentResult, nominationId: Id) =>
  r.assignments.filter((a) => a.nominationId === nominationId).map((a) => a.jurorId);
const loads = (r: AssignmentResult) => r.loads.map((l) => l.load);
const pairs = (...ps: [Id, Id][]) => ps.map(([jurorId, nominationId]) => ({ jurorId, nominationId }));
const spread = (xs: number[]) => (xs.length === 0 ? 0 : Math.max(...xs) - Math.min(...xs));

describe('defaultJurorsPerNomination', () => {
  it.each([[0, 'all'], [1, 'all'], [15, 'all'], [16, 3], [290, 3]] as const)('%i nominations → %s', (n, expected) => {
    expect(defaultJurorsPerNomination(n)).toBe(expected);
  });
});

describe('assignJurors, small cases', () => {
  it('assigns every juror to every nomination up to 15 nominations', () => {
    const r = assignJurors({ nominations: nominationsOf(3), jurors: jurorsOf('A', 'B', 'C') });
    expect(r.assignments).toHaveLength(9);
    expect(loads(r)).toEqual([3, 3, 3]);
    expect(r.short).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('gives 3 jurors each from 16 nominations on, evenly', () => {
    const r = assignJurors({ nominations: nominationsOf(16), jurors: jurorsOf('A', 'B', 'C', 'D', 'E', 'F') });
    expect(r.assignments).toHaveLength(48);
    expect(loads(r)).toEqual([8, 8, 8, 8, 8, 8]);
  });

  it('reports a nomination short of jurors because of conflicts', () => {
    const r = assignJurors({
      nominations: nominationsOf(2),
      jurors: jurorsOf('A', 'B', 'C', 'D'),
      conflicts: [1, 2].map((jurorId) => ({ jurorId, kommunkod: '1000' })),
      jurorsPerNomination: 3,
    });
    expect(on(r, 100)).toEqual([3, 4]);
    expect(on(r, 101)).toHaveLength(3);
    expect(r.short).toEqual([
      { nominationId: 100, assigned: 2, wanted: 3, reason: 'För många jäv: bara 2 jurymedlemmar utan jäv.', code: 'tooManyConflicts', count: 2 },
    ]);
  });

  it('applies a conflict to every nomination of that municipality', () => {
    const r = assignJurors({
      nominations: [
        { id: 1, kommunkod: '0180' },
        { id: 2, kommunkod: '0180' },
        { id: 3, kommunkod: '1480' },
      ],
      jurors: jurorsOf('A', 'B'),
      conflicts: [{ jurorId: 1, kommunkod: '0180' }],
    });
    expect(on(r, 1)).toEqual([2]);
    expect(on(r, 2)).toEqual([2]);
    expect(on(r, 3)).toEqual([1, 2]);
  });

  it.each([
    [{ jurorsPerNomination: 3 }, 'För få jurymedlemmar: det finns bara 2 jurymedlemmar.'],
    [{ exclusions: [{ jurorId: 1, nominationId: 100 }], jurorsPerNomination: 2 }, 'För många undantag: bara 1 jurymedlem kvar utan jäv eller undantag.'],
    [{ conflicts: [{ jurorId: 1, kommunkod: '1000' }, { jurorId: 2, kommunkod: '1000' }] }, 'För många jäv: ingen jurymedlem utan jäv.'],
  ] as [Partial<AssignmentInput>, string][])('short reason %#', (extra, reason) => {
    const r = assignJurors({ nominations: nominationsOf(1), jurors: jurorsOf('A', 'B'), ...extra });
    expect(r.short.map((s) => s.reason)).toEqual([reason]);
  });

  it('reports every nomination when there are no jurors', () => {
    const r = assignJurors({ nominations: nominationsOf(2), jurors: [] });
    expect(r.short.map((s) => s.reason)).toEqual(['Det finns inga jurymedlemmar.', 'Det finns inga jurymedlemmar.']);
  });

  it('keeps pins, marks them, and balances around them', () => {
    const r = assignJurors({
      nominations: nominationsOf(4),
      jurors: jurorsOf('A', 'B', 'C', 'D'),
      pins: pairs([1, 100], [1, 101]),
      jurorsPerNomination: 2,
    });
    expect(r.assignments.filter((a) => a.pinned)).toEqual([
      { jurorId: 1, nominationId: 100, pinned: true },
      { jurorId: 1, nominationId: 101, pinned: true },
    ]);
    expect(loads(r)).toEqual([2, 2, 2, 2]);
    expect(r.droppedPins).toEqual([]);
  });

  it('drops and reports a conflicted, an excluded and an unknown pin', () => {
    const r = assignJurors({
      nominations: nominationsOf(2),
      jurors: jurorsOf('A', 'B', 'C'),
      conflicts: [{ jurorId: 1, kommunkod: '1000' }],
      exclusions: [{ jurorId: 2, nominationId: 101 }],
      pins: pairs([1, 100], [2, 101], [9, 101]),
      jurorsPerNomination: 1,
    });
    expect(r.droppedPins).toEqual([
      { jurorId: 1, nominationId: 100, reason: 'Jurymedlemmen har jäv mot kommunen.', code: 'conflict' },
      { jurorId: 2, nominationId: 101, reason: 'Jurymedlemmen är undantagen från nomineringen.', code: 'excluded' },
      { jurorId: 9, nominationId: 101, reason: 'Jurymedlemmen finns inte bland jurymedlemmarna.', code: 'unknownJuror' },
    ]);
    expect(r.warnings[0]).toBe('Fastlåsningen av jurymedlem 1 på nominering 100 togs bort: Jurymedlemmen har jäv mot kommunen.');
    expect(r.notes[0]).toEqual({ code: 'pinDropped', jurorId: 1, nominationId: 100, reason: 'conflict' });
    expect(on(r, 100)).not.toContain(1);
    expect(on(r, 101)).not.toContain(2);
  });

  it('keeps more pins than the target and warns', () => {
    const r = assignJurors({
      nominations: nominationsOf(1),
      jurors: jurorsOf('A', 'B', 'C'),
      pins: pairs([1, 100], [2, 100]),
      jurorsPerNomination: 1,
    });
    expect(on(r, 100)).toEqual([1, 2]);
    expect(r.warnings).toContain('Nominering 100 har 2 fastlåsta jurymedlemmar, fler än målet 1.');
  });

  it('spreads organisations over nominations', () => {
    const r = assignJurors({ nominations: nominationsOf(20), jurors: jurorsOf('A', 'A', 'B', 'B'), jurorsPerNomination: 2 });
    expect(r.assignments.length).toBe(40);
    for (let n = 100; n < 120; n++) {
      const [x, y] = on(r, n);
      expect(Math.ceil(Number(x) / 2)).not.toBe(Math.ceil(Number(y) / 2)); // jurors 1,2 are A; 3,4 are B
    }
    expect(loads(r)).toEqual([10, 10, 10, 10]);
    expect(r.warnings).toEqual([]);
  });

  it('counts a pinned juror’s organisation', () => {
    const r = assignJurors({
      nominations: nominationsOf(1),
      jurors: jurorsOf('A', 'A', 'B'),
      pins: [{ jurorId: 2, nominationId: 100 }],
      jurorsPerNomination: 2,
    });
    expect(on(r, 100)).toEqual([2, 3]);
  });

  it('warns when an organisation must appear twice (names compared trimmed, ignoring case)', () => {
    const r = assignJurors({ nominations: nominationsOf(1), jurors: jurorsOf('SKR', ' skr', 'Skr '), jurorsPerNomination: 2 });
    expect(r.warnings).toEqual(['Nominering 100 har flera jurymedlemmar från samma organisation: SKR.']);
    const unknown = assignJurors({ nominations: nominationsOf(1), jurors: jurorsOf(null, '', null), jurorsPerNomination: 3 });
    expect(unknown.warnings).toEqual([]);
  });

  it('warns when loads cannot be evened out', () => {
    const nominations = nominationsOf(20);
    const r = assignJurors({
      nominations,
      jurors: jurorsOf('A', 'B', 'C'),
      conflicts: nominations.slice(2).map((n) => ({ jurorId: 1, kommunkod: n.kommunkod })),
      jurorsPerNomination: 2,
    });
    expect(loads(r)).toEqual([2, 19, 19]);
    expect(r.warnings.at(-1)).toMatch(/mellan 2 och 19 nomineringar per jurymedlem\.$/);
  });

  it('sorts string ids and answers in id order', () => {
    const r = assignJurors({
      nominations: [
        { id: 'n-b', kommunkod: '2' },
        { id: 'n-a', kommunkod: '1' },
      ],
      jurors: [{ id: 'j-2' }, { id: 'j-1' }],
      jurorsPerNomination: 1,
    });
    expect(r.assignments.map((a) => a.nominationId)).toEqual(['n-a', 'n-b']);
    expect(r.loads).toEqual([
      { jurorId: 'j-1', load: 1 },
      { jurorId: 'j-2', load: 1 },
    ]);
  });

  it.each([
    { jurors: [{ id: 1 }, { id: 1 }] },
    { nominations: [...nominationsOf(1), ...nominationsOf(1)] },
    { jurorsPerNomination: 0 },
    { jurorsPerNomination: 1.5 },
  ] as Partial<AssignmentInput>[])('refuses duplicate ids and a bad target %#', (bad) => {
    expect(() => assignJurors({ nominations: nominationsOf(1), jurors: jurorsOf('A'), ...bad })).toThrow(RangeError);
  });

  it('is reproducible with a seed and still balanced', () => {
    const input = { nominations: nominationsOf(30), jurors: jurorsOf('A', 'B', 'C', 'D', 'E', 'F', 'G'), seed: 42 };
    const r = assignJurors(input);
    expect(assignJurors(input)).toEqual(r);
    expect(spread(loads(r))).toBeLessThanOrEqual(1);
    expect(r.assignments).toHaveLength(90);
  });
});

// ---------------------------------------------------------------------------
// Properties

const CODES = ['0114', '0180', '1480', '2480'];
const ORGS = ['SKR', 'Region Norr', 'Kommunal', null];

const arbInput = (opts: { maxJurors: number; maxNominations: number; constraints: boolean }) =>
  fc
    .tuple(fc.integer({ min: 0, max: opts.maxJurors }), fc.integer({ min: 0, max: opts.maxNominations }))
    .chain(([J, N]) => {
      const pair = fc.record({ j: fc.nat(Math.max(J - 1, 0)), n: fc.nat(Math.max(N - 1, 0)) });
      const somePairs =
        opts.constraints && J > 0 && N > 0 ? fc.array(pair, { maxLength: 5 }) : fc.constant<{ j: number; n: number }[]>([]);
      return fc.record({
        jurorIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: J, maxLength: J }),
        nominationIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: N, maxLength: N }),
        orgs: fc.array(fc.constantFrom(...ORGS), { minLength: J, maxLength: J }),
        codes: fc.array(fc.constantFrom(...CODES), { minLength: N, maxLength: N }),
        conflicts:
          opts.constraints && J > 0
            ? fc.array(fc.record({ j: fc.nat(J - 1), code: fc.constantFrom(...CODES) }), { maxLength: 5 })
            : fc.constant<{ j: number; code: string }[]>([]),
        pins: somePairs, // independent draws
        exclusions: somePairs,
        target: fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: 4 })),
        seed: fc.option(fc.integer(), { nil: undefined }),
      });
    })
    .map((g): AssignmentInput => {
      const jurors = g.jurorIds.map((id, i) => ({ id, organisation: g.orgs[i] }));
      const nominations = g.nominationIds.map((id, i) => ({ id, kommunkod: g.codes[i] }));
      const toPair = (p: { j: number; n: number }) => ({ jurorId: jurors[p.j].id, nominationId: nominations[p.n].id });
      return {
        jurors,
        nominations,
        conflicts: g.conflicts.map((c) => ({ jurorId: jurors[c.j].id, kommunkod: c.code })),
        pins: g.pins.map(toPair),
        exclusions: g.exclusions.map(toPair),
        jurorsPerNomination: g.target,
        seed: g.seed,
      };
    });

/** Facts about one nomination derived directly from the input. */
function factsOf(input: AssignmentInput, nominationId: Id) {
  const nomination = input.nominations.find((n) => n.id === nominationId)!;
  const conflicted = (j: Id) => (input.conflicts ?? []).some((c) => c.jurorId === j && c.kommunkod === nomination.kommunkod);
  const excluded = (j: Id) => (input.exclusions ?? []).some((e) => e.jurorId === j && e.nominationId === nominationId);
  const eligible = input.jurors.filter((j) => !conflicted(j.id) && !excluded(j.id)).map((j) => j.id);
  const pins = [...new Set((input.pins ?? []).filter((p) => p.nominationId === nominationId).map((p) => p.jurorId))];
  const validPins = pins.filter((j) => eligible.includes(j));
  const target = input.jurorsPerNomination ?? defaultJurorsPerNomination(input.nominations.length);
  const wanted = target === 'all' ? input.jurors.filter((j) => !conflicted(j.id)).length : target;
  return { conflicted, excluded, eligible, validPins, wanted, expected: Math.max(validPins.length, Math.min(wanted, eligible.length)) };
}

function orgDuplicates(input: AssignmentInput, pairs: { jurorId: Id; nominationId: Id }[]): number {
  let dups = 0;
  for (const n of input.nominations) {
    const orgs = pairs
      .filter((p) => p.nominationId === n.id)
      .map((p) => input.jurors.find((j) => j.id === p.jurorId)!.organisation)
      .filter((o) => !!o);
    dups += orgs.length - new Set(orgs).size;
  }
  return dups;
}

function combinations<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (items.length < k) return [];
  const [first, ...rest] = items;
  return [...combinations(rest, k - 1).map((c) => [first, ...c]), ...combinations(rest, k)];
}

/** Every valid assignment with the same seats per nomination; the best loads and organisation spread. */
function bruteForce(input: AssignmentInput) {
  const options = input.nominations.map((n) => {
    const f = factsOf(input, n.id);
    const free = f.eligible.filter((j) => !f.validPins.includes(j));
    return combinations(free, f.expected - f.validPins.length).map((c) =>
      [...f.validPins, ...c].map((jurorId) => ({ jurorId, nominationId: n.id })),
    );
  });
  let best = { spread: Infinity, squares: Infinity, dupsAtBestSquares: Infinity };
  const walk = (i: number, chosen: { jurorId: Id; nominationId: Id }[]) => {
    if (i === options.length) {
      const l = input.jurors.map((j) => chosen.filter((c) => c.jurorId === j.id).length);
      const squares = l.reduce((s, x) => s + x * x, 0);
      const dups = orgDuplicates(input, chosen);
      best = {
        spread: Math.min(best.spread, spread(l)),
        squares: Math.min(best.squares, squares),
        dupsAtBestSquares:
          squares < best.squares ? dups : squares === best.squares ? Math.min(best.dupsAtBestSquares, dups) : best.dupsAtBestSquares,
      };
      return;
    }
    for (const o of options[i]) walk(i + 1, [...chosen, ...o]);
  };
  walk(0, []);
  return best;
}

describe('assignJurors, properties', () => {
  const general = arbInput({ maxJurors: 7, maxNominations: 8, constraints: true });

  it('never assigns a conflict or an exclusion; keeps valid pins; drops exactly the invalid ones', () => {
    fc.assert(
      fc.property(general, (input) => {
        const r = assignJurors(input);
        for (const a of r.assignments) {
          const f = factsOf(input, a.nominationId);
          expect(f.conflicted(a.jurorId)).toBe(false);
          expect(f.excluded(a.jurorId)).toBe(false);
          expect(a.pinned).toBe(f.validPins.includes(a.jurorId));
        }
        for (const p of input.pins ?? []) {
          const f = factsOf(input, p.nominationId);
          const kept = r.assignments.some((a) => a.jurorId === p.jurorId && a.nominationId === p.nominationId && a.pinned);
          expect(kept).toBe(f.validPins.includes(p.jurorId));
          expect(r.droppedPins.some((d) => d.jurorId === p.jurorId && d.nominationId === p.nominationId)).toBe(!kept);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each nomination max(pins, min(target, eligible)) distinct jurors, and reports the short ones', () => {
    fc.assert(
      fc.property(general, (input) => {
        const r = assignJurors(input);
        expect(new Set(r.assignments.map((a) => `${a.jurorId}/${a.nominationId}`)).size).toBe(r.assignments.length);
        for (const n of input.nominations) {
          const f = factsOf(input, n.id);
          const got = on(r, n.id).length;
          expect(got).toBe(f.expected);
          expect(r.short.some((s) => s.nominationId === n.id)).toBe(got < f.wanted || got === 0);
        }
        const byId = [...input.jurors].sort((a, b) => Number(a.id) - Number(b.id));
        const counted = byId.map((j) => ({ jurorId: j.id, load: r.assignments.filter((a) => a.jurorId === j.id).length }));
        expect(r.loads).toEqual(counted);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps loads within one of each other without conflicts, pins or exclusions', () => {
    fc.assert(
      fc.property(arbInput({ maxJurors: 12, maxNominations: 40, constraints: false }), (input) => {
        expect(spread(loads(assignJurors(input)))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the most even loads and then the best organisation spread (checked by brute force)', () => {
    fc.assert(
      fc.property(arbInput({ maxJurors: 5, maxNominations: 4, constraints: true }), (input) => {
        const r = assignJurors(input);
        const best = bruteForce(input);
        const l = loads(r);
        expect(spread(l)).toBe(best.spread);
        expect(l.reduce((s, x) => s + x * x, 0)).toBe(best.squares);
        expect(orgDuplicates(input, r.assignments)).toBe(best.dupsAtBestSquares);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the input order', () => {
    fc.assert(
      fc.property(general, fc.integer(), (input, s) => {
        const random = createRandom(s);
        const permuted: AssignmentInput = {
          ...input,
          jurors: shuffled(random, input.jurors),
          nominations: shuffled(random, input.nominations),
          conflicts: shuffled(random, input.conflicts ?? []),
          pins: shuffled(random, input.pins ?? []),
          exclusions: shuffled(random, input.exclusions ?? []),
        };
        expect(assignJurors(permuted)).toEqual(assignJurors(input));
      }),
      { numRuns: 200 },
    );
  });
});
