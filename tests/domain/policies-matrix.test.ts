import { describe, expect, it } from 'vitest';
import { canOnNomination, type Actor, type NominationAction } from '@/lib/domain/policies';

/**
 * The full table the jury issue asks for: every role × (assigned / not assigned /
 * conflicted) × (own sheet submitted or not), for reading a nomination, its
 * documents, the other jurors' scores, and writing a score. Written out by hand,
 * row by row, so a change in the policy shows up as a changed line here.
 */
const ACTIONS = ['read', 'read_documents', 'read_others_scores', 'score'] as const satisfies readonly NominationAction[];
type Answer = 'ok' | 403 | 404;

const actors: Record<string, Actor> = {
  organiser: { id: 1, role: 'organiser', kommunkod: null },
  juror: { id: 2, role: 'juror', kommunkod: null },
  'municipality (own)': { id: 3, role: 'municipality', kommunkod: '0643' },
  'municipality (other)': { id: 4, role: 'municipality', kommunkod: '1401' },
};

const relations = {
  'not assigned': { assigned: false, conflicted: false },
  assigned: { assigned: true, conflicted: false },
  'conflicted (assigned)': { assigned: true, conflicted: true },
  'conflicted (not assigned)': { assigned: false, conflicted: true },
} as const;

// actor | relation | own sheet submitted | read, read_documents, read_others_scores, score
const TABLE: [keyof typeof actors, keyof typeof relations, boolean, [Answer, Answer, Answer, Answer]][] = [
  ['organiser', 'not assigned', false, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'not assigned', true, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'assigned', false, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'assigned', true, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'conflicted (assigned)', false, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'conflicted (assigned)', true, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'conflicted (not assigned)', false, ['ok', 'ok', 'ok', 403]],
  ['organiser', 'conflicted (not assigned)', true, ['ok', 'ok', 'ok', 403]],

  ['juror', 'not assigned', false, [404, 404, 404, 404]],
  ['juror', 'not assigned', true, [404, 404, 404, 404]],
  ['juror', 'assigned', false, ['ok', 'ok', 403, 'ok']],
  ['juror', 'assigned', true, ['ok', 'ok', 'ok', 'ok']], // score: the policy allows; the locked sheet refuses (tests/actions/scoring)
  ['juror', 'conflicted (assigned)', false, [404, 404, 404, 404]],
  ['juror', 'conflicted (assigned)', true, [404, 404, 404, 404]],
  ['juror', 'conflicted (not assigned)', false, [404, 404, 404, 404]],
  ['juror', 'conflicted (not assigned)', true, [404, 404, 404, 404]],

  ['municipality (own)', 'not assigned', false, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'not assigned', true, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'assigned', false, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'assigned', true, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'conflicted (assigned)', false, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'conflicted (assigned)', true, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'conflicted (not assigned)', false, ['ok', 'ok', 403, 403]],
  ['municipality (own)', 'conflicted (not assigned)', true, ['ok', 'ok', 403, 403]],

  ['municipality (other)', 'not assigned', false, [404, 404, 404, 404]],
  ['municipality (other)', 'not assigned', true, [404, 404, 404, 404]],
  ['municipality (other)', 'assigned', false, [404, 404, 404, 404]],
  ['municipality (other)', 'assigned', true, [404, 404, 404, 404]],
  ['municipality (other)', 'conflicted (assigned)', false, [404, 404, 404, 404]],
  ['municipality (other)', 'conflicted (assigned)', true, [404, 404, 404, 404]],
  ['municipality (other)', 'conflicted (not assigned)', false, [404, 404, 404, 404]],
  ['municipality (other)', 'conflicted (not assigned)', true, [404, 404, 404, 404]],
];

describe('canOnNomination: role × relation × own sheet × action', () => {
  it('covers every combination exactly once', () => {
    const keys = new Set(TABLE.map(([a, r, s]) => `${a}|${r}|${s}`));
    expect(keys.size).toBe(TABLE.length);
    expect(TABLE.length).toBe(Object.keys(actors).length * Object.keys(relations).length * 2);
  });

  for (const [actor, relation, submitted, answers] of TABLE) {
    for (const [i, action] of ACTIONS.entries()) {
      const expected = answers[i];
      it(`${actor}, ${relation}, own sheet ${submitted ? 'submitted' : 'open'}: ${action} → ${expected}`, () => {
        const decision = canOnNomination(actors[actor], action, { kommunkod: '0643', ...relations[relation], ownSheetSubmitted: submitted });
        if (expected === 'ok') expect(decision).toEqual({ ok: true });
        else {
          expect(decision).toMatchObject({ ok: false, status: expected });
          if (!decision.ok) expect(decision.reason).toMatch(/[a-zåäö]{3}/);
        }
      });
    }
  }
});
