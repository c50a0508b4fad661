import { describe, expect, it } from 'vitest';
import { canEnterArea, canOnNomination, type Actor, type NominationAction, type NominationFacts } from '@/lib/domain/policies';

const organiser: Actor = { id: 1, role: 'organiser', kommunkod: null };
const juror: Actor = { id: 2, role: 'juror', kommunkod: null };
const ownContact: Actor = { id: 3, role: 'municipality', kommunkod: '0643' };
const otherContact: Actor = { id: 4, role: 'municipality', kommunkod: '1401' };

const facts = (over: Partial<NominationFacts>): NominationFacts => ({
  kommunkod: '0643',
  assigned: false,
  conflicted: false,
  ownSheetSubmitted: false,
  ...over,
});

type Row = [string, Actor, Partial<NominationFacts>, Record<NominationAction, 'ok' | 403 | 404>];

// role/relation × action → expected answer
const TABLE: Row[] = [
  ['organiser', organiser, {}, { read: 'ok', read_documents: 'ok', score: 403, read_others_scores: 'ok', edit_application: 403 }],
  ['juror, not assigned', juror, {}, { read: 404, read_documents: 404, score: 404, read_others_scores: 404, edit_application: 404 }],
  ['juror, assigned, own sheet open', juror, { assigned: true }, { read: 'ok', read_documents: 'ok', score: 'ok', read_others_scores: 403, edit_application: 403 }],
  ['juror, assigned, own sheet submitted', juror, { assigned: true, ownSheetSubmitted: true }, { read: 'ok', read_documents: 'ok', score: 'ok', read_others_scores: 'ok', edit_application: 403 }],
  ['juror, assigned but conflicted', juror, { assigned: true, conflicted: true }, { read: 404, read_documents: 404, score: 404, read_others_scores: 404, edit_application: 404 }],
  ['juror, conflicted, sheet submitted', juror, { assigned: true, conflicted: true, ownSheetSubmitted: true }, { read: 404, read_documents: 404, score: 404, read_others_scores: 404, edit_application: 404 }],
  ['own municipality', ownContact, {}, { read: 'ok', read_documents: 'ok', score: 403, read_others_scores: 403, edit_application: 'ok' }],
  ['other municipality', otherContact, {}, { read: 404, read_documents: 404, score: 404, read_others_scores: 404, edit_application: 404 }],
];

describe('canOnNomination', () => {
  for (const [label, actor, over, expected] of TABLE) {
    for (const [action, answer] of Object.entries(expected) as [NominationAction, 'ok' | 403 | 404][]) {
      it(`${label}: ${action} → ${answer}`, () => {
        const decision = canOnNomination(actor, action, facts(over));
        if (answer === 'ok') expect(decision.ok).toBe(true);
        else expect(decision).toMatchObject({ ok: false, status: answer });
        if (!decision.ok) expect(decision.reason).toMatch(/[a-zåäö]/);
      });
    }
  }
});

describe('canEnterArea', () => {
  it('lets each role into its own part of the app only', () => {
    const areas = ['arrangor', 'jury', 'kommun'] as const;
    expect(areas.filter((a) => canEnterArea(organiser, a))).toEqual(['arrangor']);
    expect(areas.filter((a) => canEnterArea(juror, a))).toEqual(['jury']);
    expect(areas.filter((a) => canEnterArea(ownContact, a))).toEqual(['kommun']);
  });
});
