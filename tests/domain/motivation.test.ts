import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSentence, checkSentences } from '@/lib/domain/motivation-check';
import { generateMotivation, motivationText, strongestAreas, type MotivationEvidence } from '@/lib/domain/motivation';
import { namedGoal, shortQuote } from '@/lib/domain/motivation-text';

function evidence(overrides: Partial<MotivationEvidence> = {}): MotivationEvidence {
  return {
    nominationId: 11,
    municipality: 'Mörbylånga',
    scale: { min: 1, max: 5 },
    areas: [
      { key: 'democracy', name: 'Demokrati', score: 62, ownRank: 3, fieldRank: 5, fieldSize: 12 },
      { key: 'service', name: 'Service och verksamheter', score: 88, ownRank: 1, fieldRank: 1, fieldSize: 12 },
      { key: 'work_environment', name: 'Arbetsmiljö och arbetsgivarskap', score: 81, ownRank: 2, fieldRank: 2, fieldSize: 12 },
      { key: 'community_building', name: 'Samhällsbyggande', score: 55, ownRank: 4, fieldRank: 9, fieldSize: 12 },
    ],
    criteria: [
      { id: '7', label: 'Tillgänglig service', areaKey: 'service', mean: 4.75, scaleMax: 5, jurors: 4 },
      { id: '8', label: 'Systematiskt förbättringsarbete', areaKey: 'service', mean: 4.5, scaleMax: 5, jurors: 4 },
      { id: '3', label: 'Invånarnas inflytande', areaKey: 'democracy', mean: 4.9, scaleMax: 5, jurors: 4 },
    ],
    comments: [
      { id: '21:7', areaKey: 'service', criterionLabel: 'Tillgänglig service', juror: 'Anna Berg', value: 5, text: 'Servicen mäts varje månad och resultaten används direkt i verksamheterna. Imponerande.' },
      { id: '22:3', areaKey: 'democracy', criterionLabel: 'Invånarnas inflytande', juror: 'Per Ek', value: 2, text: 'Politiker och tjänstepersoner verkar inte samarbeta.' },
    ],
    interviews: [
      { id: '5', areaKey: 'work_environment', areaName: 'Arbetsmiljö och arbetsgivarskap', juror: 'Anna Berg', text: 'Politiker och tjänstepersoner beskrev samma bild av målen. Stark tillit.' },
    ],
    answers: {
      goals: 'Mörbylånga har som mål att vara Ölands bästa plats att leva och verka på. Vi arbetar med tillitsbaserad styrning.',
      followUp: 'Målen följs upp varje tertial med nyckeltal från Kolada.',
      selfDescription: { democracy: '', service: '', work_environment: '', community_building: '' },
      other: '',
    },
    finance: { kommunkod: '0840', index: 78.4, rank: 31, of: 290 },
    ...overrides,
  };
}

describe('generateMotivation', () => {
  it('writes three to six sentences, each with evidence that supports it', () => {
    const draft = generateMotivation(evidence());
    expect(draft.length).toBeGreaterThanOrEqual(3);
    expect(draft.length).toBeLessThanOrEqual(6);
    for (const s of draft) {
      expect(s.evidence.length, s.text).toBeGreaterThan(0);
      expect(checkSentence(s).status, s.text).toBe('supported');
    }
    expect(new Set(draft.map((s) => s.id)).size).toBe(draft.length);
  });

  it('names as strongest exactly the top areas of the nomination, with their scores', () => {
    const draft = generateMotivation(evidence());
    const areas = draft.find((s) => s.id === 'omraden')!;
    expect(areas.evidence.map((r) => r.sourceId)).toEqual(['service', 'work_environment']);
    expect(areas.text).toContain('service och verksamheter (88 av 100)');
    expect(areas.text).toContain('arbetsmiljö och arbetsgivarskap (81 av 100)');
    expect(areas.text).not.toMatch(/demokrati|samhällsbyggande/i);
  });

  it('takes the third area only when it is close to the second, and follows the scores, not the input order', () => {
    const e = evidence();
    expect(strongestAreas(e.areas).map((a) => a.key)).toEqual(['service', 'work_environment']);
    const close = e.areas.map((a) => (a.key === 'democracy' ? { ...a, score: 79 } : a));
    expect(strongestAreas(close).map((a) => a.key)).toEqual(['service', 'work_environment', 'democracy']);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), (scores) => {
        const areas = e.areas.map((a, i) => ({ ...a, score: scores[i] }));
        const named = strongestAreas(areas);
        const others = areas.filter((a) => !named.includes(a));
        return named.every((n) => others.every((o) => n.score >= o.score));
      }),
    );
  });

  it('quotes the criteria of the strongest areas with their mean scores', () => {
    const s = generateMotivation(evidence()).find((x) => x.id === 'kriterier')!;
    expect(s.text).toContain('tillgänglig service (4,8 av 5)');
    expect(s.text).toContain('systematiskt förbättringsarbete (4,5 av 5)');
    // Invånarnas inflytande scores higher but belongs to an area that is not among the strongest.
    expect(s.text).not.toContain('inflytande');
  });

  it('names the steering model, the own goal and the follow-up from the application', () => {
    const draft = generateMotivation(evidence());
    expect(draft.find((s) => s.id === 'styrning')!.text).toContain('tillitsbaserad styrning');
    const goal = draft.find((s) => s.id === 'mal')!;
    expect(goal.text).toContain('att vara Ölands bästa plats att leva och verka på');
    expect(goal.text).toContain('varje tertial och med nyckeltal');
  });

  it('speaks of the interplay only when comments or notes mention politicians, officials or staff', () => {
    const draft = generateMotivation(evidence());
    const interplay = draft.find((s) => s.id === 'samspel')!;
    expect(interplay.text).toContain('politiker och tjänstepersoner');
    // The critical comment (2 of 5) is not used as support; the interview note is.
    expect(interplay.evidence.map((r) => r.sourceId)).toEqual(['5']);
    // Each party named is backed by a link whose source mentions it.
    const mixed = evidence({
      comments: [
        { id: '1:7', areaKey: 'service', criterionLabel: 'Tillgänglig service', juror: 'A', value: 5, text: 'Politiker och medarbetare drar åt samma håll.' },
        { id: '2:7', areaKey: 'service', criterionLabel: 'Tillgänglig service', juror: 'B', value: 5, text: 'Politiker och medarbetare möts ofta.' },
      ],
      interviews: [{ id: '9', areaKey: 'democracy', areaName: 'Demokrati', juror: 'C', text: 'Tjänstepersonerna beskrev ett tydligt uppdrag.' }],
    });
    const s = generateMotivation(mixed).find((x) => x.id === 'samspel')!;
    expect(s.text).toContain('politiker, tjänstepersoner och medarbetare');
    const backed = new Set(s.evidence.flatMap((r) => r.supports));
    expect([...backed].sort()).toEqual(['medarbetare', 'politiker', 'tjänstepersoner']);
    expect(s.evidence.map((r) => r.sourceId)).toEqual(['1:7', '9']);
    const without = generateMotivation(evidence({ interviews: [], comments: [evidence().comments[0]] }));
    expect(without.find((s) => s.id === 'samspel')).toBeUndefined();
    expect(motivationText(without)).not.toMatch(/samspel/i);
  });

  it('praises the finances only from the index, with its value and place', () => {
    const s = generateMotivation(evidence()).find((x) => x.id === 'ekonomi')!;
    expect(s.text).toContain('78 av 100');
    expect(s.text).toContain('31 av 290');
    expect(s.text).toContain('mycket god');
    expect(generateMotivation(evidence({ finance: null })).find((x) => x.id === 'ekonomi')).toBeUndefined();
    expect(generateMotivation(evidence({ finance: { kommunkod: '0840', index: 30, rank: 200, of: 290 } })).find((x) => x.id === 'ekonomi')).toBeUndefined();
  });

  it('generates no sentence without evidence: thin evidence gives a short draft, none gives none', () => {
    const empty = evidence({
      areas: [],
      criteria: [],
      comments: [],
      interviews: [],
      answers: { goals: '', followUp: '', selfDescription: {}, other: '' },
      finance: null,
    });
    expect(generateMotivation(empty)).toEqual([]);
    const onlyAreas = generateMotivation({ ...empty, areas: evidence().areas });
    expect(onlyAreas.map((s) => s.id)).toEqual(['omraden']);
  });

  it('is deterministic: the same evidence gives the same draft', () => {
    expect(generateMotivation(evidence())).toEqual(generateMotivation(evidence()));
  });

  it('three nominations do not read alike: their sentences open differently', () => {
    const drafts = [101, 102, 103].map((id) => generateMotivation(evidence({ nominationId: id })));
    const opening = (text: string) => text.split(' ').slice(0, 3).join(' ');
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        // The first sentence opens differently, and so does the draft as a whole.
        expect(opening(drafts[i][0].text)).not.toBe(opening(drafts[j][0].text));
        expect(drafts[i].map((s) => opening(s.text))).not.toEqual(drafts[j].map((s) => opening(s.text)));
      }
    }
  });

  it('varies widely over many nominations with the same evidence', () => {
    const texts = new Set(Array.from({ length: 40 }, (_, i) => motivationText(generateMotivation(evidence({ nominationId: i + 1 })))));
    expect(texts.size).toBeGreaterThanOrEqual(30);
  });

  it('every sentence keeps its evidence for any nomination id and any area scores (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), (id, scores) => {
        const base = evidence();
        const areas = base.areas.map((a, i) => ({ ...a, score: scores[i] }));
        const draft = generateMotivation({ ...base, nominationId: id, areas });
        return draft.length >= 3 && draft.length <= 6 && checkSentences(draft).every((c) => c.status === 'supported');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the evidence check after edits', () => {
  const draft = generateMotivation(evidence());
  const areas = draft.find((s) => s.id === 'omraden')!;

  it('flags a sentence whose figures were changed or removed', () => {
    expect(checkSentence({ ...areas, text: areas.text.replace('88', '95') }).status).toBe('partial');
    expect(checkSentence({ ...areas, text: 'Kommunen är bra på allt.' }).status).toBe('unsupported');
    const check = checkSentence({ ...areas, text: areas.text.replace('88', '95') });
    expect(check.links.find((l) => l.ref.sourceId === 'service')!.missing).toEqual(['88']);
  });

  it('keeps the evidence when only the wording around the supported words changes', () => {
    const edited = { ...areas, text: areas.text.replace(/^\S+ \S+/, 'Allra tydligast') };
    expect(checkSentence(edited).status).toBe('supported');
  });

  it('calls a sentence added by hand "without evidence"', () => {
    expect(checkSentence({ id: 'egen-1', text: 'En mening skriven för hand.', evidence: [] }).status).toBe('unsupported');
  });
});

describe('text helpers', () => {
  it('cuts quotes at a word boundary and finds the named goal', () => {
    expect(shortQuote('Ett två tre fyra fem sex. Nästa mening.', 14)).toBe('Ett två tre fyra fem sex');
    expect(shortQuote('a b c d e f', 3)).toBe('a b c');
    expect(namedGoal('Habo har som mål att vara Sveriges bästa kommun. Mer text.')).toBe('att vara Sveriges bästa kommun');
    expect(namedGoal('Vi vill växa hållbart.')).toBe('Vi vill växa hållbart');
  });
});
