import { describe, expect, it } from 'vitest';
import { CYCLE_MODES, PHASES, canMovePhase, canMovePhaseGenerically } from '@/lib/domain/phases';
import { refusalText } from '@/lib/i18n/refusal';

describe('canMovePhaseGenerically', () => {
  it('never reaches published (publishing has its own page and checks)', () => {
    for (const mode of CYCLE_MODES) for (const from of PHASES) expect(canMovePhaseGenerically(mode, from, 'published').ok).toBe(false);
    const refusal = canMovePhaseGenerically('open_application', 'decided', 'published');
    expect(refusal).toEqual({ ok: false, code: 'publishElsewhere' });
    expect(refusal.ok ? null : refusalText(refusal)).toMatch(/sidan Publicering/);
  });

  it('agrees with canMovePhase on every other move', () => {
    for (const mode of CYCLE_MODES)
      for (const from of PHASES)
        for (const to of PHASES.filter((p) => p !== 'published')) expect(canMovePhaseGenerically(mode, from, to)).toEqual(canMovePhase(mode, from, to));
  });
});
