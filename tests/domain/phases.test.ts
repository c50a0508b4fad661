import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CYCLE_MODES,
  PHASES,
  REFUSAL_CODES,
  canMovePhase,
  formatStockholm,
  permits,
  phaseOrder,
  stockholmLocalToUtc,
  type Activity,
  type CycleMode,
  type Phase,
  type PhaseDates,
  type Verdict,
} from '@/lib/domain/phases';
import { refusalText, whatMoveLocks } from '@/lib/i18n/refusal';
import { runInLocale } from '@/lib/i18n/server-locale';

/** A verdict's refusal as a reader outside a request sees it (Swedish); null when it permits. */
const said = (v: Verdict) => (v.ok ? null : refusalText(v));

const COMMON_TAIL = [
  'applications_open>review',
  'review>finalists_named',
  'finalists_named>interviews',
  'interviews>deliberation',
  'deliberation>decided',
  'decided>published',
  // The two documented backward moves.
  'review>applications_open',
  'decided>deliberation',
];
const ALLOWED_MOVES: Record<CycleMode, string[]> = {
  open_application: ['draft>applications_open', ...COMMON_TAIL],
  key_figures: ['draft>screening', 'screening>applications_open', ...COMMON_TAIL],
};

describe('phaseOrder', () => {
  it('orders the phases of each mode', () => {
    expect(phaseOrder('open_application')).toEqual([
      'draft',
      'applications_open',
      'review',
      'finalists_named',
      'interviews',
      'deliberation',
      'decided',
      'published',
    ]);
    expect(phaseOrder('key_figures')).toEqual([
      'draft',
      'screening',
      'applications_open',
      'review',
      'finalists_named',
      'interviews',
      'deliberation',
      'decided',
      'published',
    ]);
  });
});

describe('canMovePhase, every pair of phases in both modes', () => {
  const rows = CYCLE_MODES.flatMap((mode) =>
    PHASES.flatMap((from) => PHASES.map((to) => ({ mode, from, to, allowed: ALLOWED_MOVES[mode].includes(`${from}>${to}`) }))),
  );
  it.each(rows)('$mode: $from → $to allowed=$allowed', ({ mode, from, to, allowed }) => {
    const verdict = canMovePhase(mode, from, to);
    expect(verdict.ok).toBe(allowed);
    if (!verdict.ok) expect(refusalText(verdict).length).toBeGreaterThan(10);
    // The dialog has something to say exactly for the allowed moves.
    expect(whatMoveLocks(mode, from, to).length > 0).toBe(allowed);
  });
});

describe('canMovePhase reasons', () => {
  const reason = (mode: CycleMode, from: Phase, to: Phase) => {
    const v = canMovePhase(mode, from, to);
    return said(v);
  };
  it.each([
    ['open_application', 'applications_open', 'interviews', 'Fasen ”Granskning” måste komma före ”Intervjuer”.'],
    ['open_application', 'review', 'interviews', 'Fasen ”Finalister utsedda” måste komma före ”Intervjuer”.'],
    ['open_application', 'draft', 'published', 'Fasen ”Ansökan öppen” måste komma före ”Publicerad”.'],
    ['key_figures', 'draft', 'applications_open', 'Fasen ”Screening på nyckeltal” måste komma före ”Ansökan öppen”.'],
    ['open_application', 'draft', 'screening', 'Fasen ”Screening på nyckeltal” finns inte i en cykel med öppen ansökan.'],
    ['open_application', 'review', 'review', 'Cykeln är redan i fasen ”Granskning”.'],
    ['key_figures', 'published', 'decided', 'Cykeln är publicerad. Publiceringen är slutgiltig och fasen kan inte ändras.'],
  ] as [CycleMode, Phase, Phase, string][])('%s: %s → %s', (mode, from, to, expected) => {
    expect(reason(mode, from, to)).toBe(expected);
  });

  it('explains which backward moves exist', () => {
    expect(reason('open_application', 'interviews', 'review')).toBe(
      'Det går inte att gå tillbaka från ”Intervjuer” till ”Granskning”. Tillbaka går bara från ”Granskning” till ”Ansökan öppen” och från ”Beslut fattat” till ”Överläggning”.',
    );
  });
});

describe('whatMoveLocks', () => {
  it('tells that applications lock when review starts', () => {
    const lines = whatMoveLocks('open_application', 'applications_open', 'review');
    expect(lines).toContain('Ansökningar kan inte längre ändras eller laddas upp.');
    expect(lines).toContain('Kommuner kan inte längre registrera sig.');
    expect(whatMoveLocks('key_figures', 'applications_open', 'review')).not.toContain(
      'Kommuner kan inte längre registrera sig.',
    );
  });
  it('warns about the consequences of reopening applications', () => {
    expect(whatMoveLocks('open_application', 'review', 'applications_open')).toContain(
      'Bedömningar som redan gjorts kan gälla en äldre version av ansökan.',
    );
  });
  it('says that publishing is final', () => {
    expect(whatMoveLocks('open_application', 'decided', 'published').join(' ')).toMatch(/slutgiltig/);
  });
  it('mentions the fixed selection after screening', () => {
    expect(whatMoveLocks('key_figures', 'screening', 'applications_open')[0]).toMatch(/urvalet av kommuner/);
    expect(whatMoveLocks('open_application', 'draft', 'applications_open')[0]).toBe('Cykelns typ kan inte längre ändras.');
  });
  it('returns nothing for a refused move', () => {
    expect(whatMoveLocks('open_application', 'draft', 'review')).toEqual([]);
  });
});

/** In which phases each activity is allowed (no dates set). */
const ALLOWED_IN: Record<Activity, Phase[]> = {
  edit_application: ['applications_open'],
  upload_document: ['applications_open'],
  submit_application: ['applications_open'],
  self_register: ['applications_open'],
  score: ['review'],
  submit_score_sheet: ['review'],
  write_interview_notes: ['interviews'],
  name_finalists: ['finalists_named'],
  record_decision: ['deliberation'],
  publish: ['decided'],
  run_screening: ['screening'],
  declare_conflict: ['draft', 'screening', 'applications_open', 'review', 'finalists_named', 'interviews', 'deliberation'],
  edit_rubric: ['draft', 'screening', 'applications_open', 'review'],
};
const NOT_IN_MODE: Record<CycleMode, Activity[]> = { open_application: ['run_screening'], key_figures: ['self_register'] };

describe('permits, every activity in every phase of both modes', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const rows = CYCLE_MODES.flatMap((mode) =>
    phaseOrder(mode).flatMap((phase) =>
      (Object.keys(ALLOWED_IN) as Activity[]).map((activity) => ({
        mode,
        phase,
        activity,
        allowed: ALLOWED_IN[activity].includes(phase) && !NOT_IN_MODE[mode].includes(activity),
      })),
    ),
  );
  it.each(rows)('$mode/$phase: $activity allowed=$allowed', ({ mode, phase, activity, allowed }) => {
    const v = permits({ mode, phase, dates: {} }, activity, now);
    expect(v.ok).toBe(allowed);
    if (!v.ok) expect(refusalText(v)).toMatch(/\.$/);
  });

  it('explains wrong phases and modes in Swedish', () => {
    const at = (phase: Phase, activity: Activity, mode: CycleMode = 'open_application') => {
      const v = permits({ mode, phase, dates: {} }, activity, now);
      return said(v);
    };
    expect(at('review', 'write_interview_notes')).toBe(
      'Att skriva intervjuanteckningar går bara i fasen ”Intervjuer”. Cykeln är nu i fasen ”Granskning”.',
    );
    expect(at('draft', 'score')).toBe('Att bedöma går bara i fasen ”Granskning”. Cykeln är nu i fasen ”Utkast”.');
    expect(at('published', 'edit_rubric')).toMatch(/faserna ”Utkast”, ”Screening på nyckeltal”, ”Ansökan öppen” och ”Granskning”/);
    expect(at('review', 'upload_document')).toBe(
      'Ansökningstiden är slut. Kontakta arrangören om du behöver lämna in något i efterhand.',
    );
    expect(at('applications_open', 'self_register', 'key_figures')).toMatch(/screening på nyckeltal/);
  });
});

describe('permits at deadlines (inclusive: allowed at the deadline instant itself)', () => {
  const applicationsEnd = stockholmLocalToUtc('2027-03-15', '23:59');
  const reviewStart = stockholmLocalToUtc('2027-04-01', '08:00');
  const reviewEnd = stockholmLocalToUtc('2027-05-31', '17:00');
  const dates: PhaseDates = {
    applications_open: { start: stockholmLocalToUtc('2027-02-01', '08:00'), end: applicationsEnd },
    review: { start: reviewStart, end: reviewEnd },
  };
  const at = (ms: number) => new Date(ms);
  const SECOND = 1000;
  const lateApplication =
    'Sista dag för ansökan var 15 mars 2027 kl. 23.59. Kontakta arrangören om du behöver lämna in något i efterhand.';

  it.each(['upload_document', 'edit_application', 'submit_application', 'self_register'] as Activity[])(
    '%s one second before, at and after the application deadline',
    (activity) => {
      const cycle = { mode: 'open_application' as const, phase: 'applications_open' as const, dates };
      expect(permits(cycle, activity, at(applicationsEnd.getTime() - SECOND))).toEqual({ ok: true });
      expect(permits(cycle, activity, applicationsEnd)).toEqual({ ok: true });
      expect(said(permits(cycle, activity, at(applicationsEnd.getTime() + SECOND)))).toBe(lateApplication);
    },
  );

  it('names the deadline also once the phase has moved on', () => {
    const cycle = { mode: 'open_application' as const, phase: 'review' as const, dates };
    expect(said(permits(cycle, 'upload_document', at(applicationsEnd.getTime() - SECOND)))).toBe(lateApplication);
  });

  it('refuses uploads before applications open', () => {
    const cycle = { mode: 'open_application' as const, phase: 'applications_open' as const, dates };
    expect(said(permits(cycle, 'upload_document', new Date('2027-02-01T06:59:59Z')))).toBe('Ansökan öppnar 1 februari 2027 kl. 08.00.');
    expect(permits(cycle, 'upload_document', new Date('2027-02-01T07:00:00Z')).ok).toBe(true);
  });

  it.each(['score', 'submit_score_sheet'] as Activity[])('%s one second before, at and after the review deadline', (activity) => {
    const cycle = { mode: 'key_figures' as const, phase: 'review' as const, dates };
    expect(permits(cycle, activity, at(reviewEnd.getTime() - SECOND))).toEqual({ ok: true });
    expect(permits(cycle, activity, reviewEnd)).toEqual({ ok: true });
    expect(said(permits(cycle, activity, at(reviewEnd.getTime() + SECOND)))).toBe('Sista dag för bedömning var 31 maj 2027 kl. 17.00. Kontakta arrangören om du behöver ändra något i efterhand.');
    expect(said(permits(cycle, activity, at(reviewStart.getTime() - SECOND)))).toBe('Granskningen öppnar 1 april 2027 kl. 08.00.');
    expect(permits(cycle, activity, reviewStart)).toEqual({ ok: true });
  });

  it('scoring without a review deadline is open for the whole phase', () => {
    const cycle = { mode: 'open_application' as const, phase: 'review' as const, dates: {} };
    expect(permits(cycle, 'score', new Date('2030-01-01T00:00:00Z')).ok).toBe(true);
  });

  it('organiser activities ignore the dates of their phase', () => {
    const cycle = {
      mode: 'open_application' as const,
      phase: 'deliberation' as const,
      dates: { deliberation: { end: new Date('2027-06-01T00:00:00Z') } },
    };
    expect(permits(cycle, 'record_decision', new Date('2027-07-01T00:00:00Z')).ok).toBe(true);
  });
});

describe('Europe/Stockholm ↔ UTC', () => {
  it.each([
    ['2027-01-15', '12:00', '2027-01-15T11:00:00.000Z'], // winter, UTC+1
    ['2027-07-01', '12:00', '2027-07-01T10:00:00.000Z'], // summer, UTC+2
    ['2027-03-15', '23:59', '2027-03-15T22:59:00.000Z'],
    ['2027-03-28', '01:59', '2027-03-28T00:59:00.000Z'], // DST starts at 02.00 → 03.00
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'],
    ['2027-03-28', '02:30', '2027-03-28T01:30:00.000Z'], // does not exist: read as 03.30 summer time
    ['2027-03-27', '12:00', '2027-03-27T11:00:00.000Z'],
    ['2027-03-29', '12:00', '2027-03-29T10:00:00.000Z'],
    ['2027-10-31', '01:59', '2027-10-30T23:59:00.000Z'], // DST ends at 03.00 → 02.00
    ['2027-10-31', '02:30', '2027-10-31T00:30:00.000Z'], // occurs twice: the first (summer time)
    ['2027-10-31', '03:00', '2027-10-31T02:00:00.000Z'],
    ['2027-10-30', '12:00', '2027-10-30T10:00:00.000Z'],
    ['2027-11-01', '12:00', '2027-11-01T11:00:00.000Z'],
    ['2027-12-31', '23:59', '2027-12-31T22:59:00.000Z'],
  ])('%s %s Stockholm is %s', (date, time, iso) => {
    expect(stockholmLocalToUtc(date, time).toISOString()).toBe(iso);
  });

  it.each([
    ['2027-02-30', '12:00'],
    ['2027-13-01', '12:00'],
    ['2027-3-1', '12:00'],
    ['2027-03-01', '24:00'],
    ['2027-03-01', '12:60'],
    ['2027-03-01', '1200'],
  ])('rejects %s %s', (date, time) => {
    expect(() => stockholmLocalToUtc(date, time)).toThrow(RangeError);
  });

  it('formats in Stockholm time, Swedish style', () => {
    expect(formatStockholm(new Date('2027-03-15T22:59:00Z'))).toBe('15 mars 2027 kl. 23.59');
    expect(formatStockholm(new Date('2027-07-01T10:05:00Z'))).toBe('1 juli 2027 kl. 12.05');
    expect(formatStockholm(new Date('2026-12-31T23:00:00Z'))).toBe('1 januari 2027 kl. 00.00');
  });

  const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const pad = (n: number) => String(n).padStart(2, '0');

  it('round-trips every minute from 2020 to 2040 (the repeated hour maps to its first occurrence)', () => {
    const start = Date.UTC(2020, 0, 1) / 60_000;
    const end = Date.UTC(2040, 0, 1) / 60_000;
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (minute) => {
        const instant = new Date(minute * 60_000);
        const m = /^(\d+) (\S+) (\d{4}) kl\. (\d{2})\.(\d{2})$/.exec(formatStockholm(instant));
        expect(m).not.toBeNull();
        const [, d, month, y, hh, mm] = m!;
        const back = stockholmLocalToUtc(`${y}-${pad(MONTHS.indexOf(month) + 1)}-${pad(+d)}`, `${hh}:${mm}`);
        const diff = instant.getTime() - back.getTime();
        // Equal, or one hour later when the wall time was the second 02.xx of an autumn night.
        expect(diff === 0 || (diff === 3_600_000 && hh === '02' && month === 'oktober')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phase refusals in English', () => {
  const en = (v: Verdict) => runInLocale('en', () => said(v));
  const deadline = stockholmLocalToUtc('2027-03-15', '23:59');
  const dates: PhaseDates = { applications_open: { end: deadline } };

  it('names the phases, the activity and the deadline in English for an English reader', () => {
    expect(en(canMovePhase('open_application', 'review', 'interviews'))).toBe('The phase “Finalists named” must come before “Interviews”.');
    expect(en(canMovePhase('open_application', 'draft', 'screening'))).toBe('The phase “Screening on key figures” does not exist in a cycle with open application.');
    expect(en(canMovePhase('open_application', 'interviews', 'review'))).toBe(
      'It is not possible to go back from “Interviews” to “Review”. Going back is only possible from “Review” to “Applications open” and from “Decided” to “Deliberation”.',
    );
    expect(en(permits({ mode: 'open_application', phase: 'draft', dates: {} }, 'score', new Date()))).toBe('Assessing is only possible in the phase “Review”. The cycle is now in the phase “Draft”.');
    expect(en(permits({ mode: 'open_application', phase: 'published', dates: {} }, 'edit_rubric', new Date()))).toMatch(
      /^Changing the assessment template is only possible in the phases “Draft”, “Screening on key figures”, “Applications open” and “Review”\./,
    );
    expect(en(permits({ mode: 'open_application', phase: 'review', dates }, 'upload_document', new Date()))).toBe(
      'The last day for applications was 15 March 2027, 23:59. Contact the organiser if you need to hand in something afterwards.',
    );
  });

  it('says what a move locks in English', () => {
    expect(runInLocale('en', () => whatMoveLocks('open_application', 'applications_open', 'review'))).toEqual([
      'Applications can no longer be changed or uploaded.',
      'Municipalities can no longer register.',
      'The jurors can start assessing their assigned nominations.',
      'The assessment template locks when the first assessment is submitted.',
    ]);
  });

  it('stays Swedish outside an English call', () => {
    expect(said(permits({ mode: 'open_application', phase: 'review', dates }, 'upload_document', new Date()))).toBe(
      'Sista dag för ansökan var 15 mars 2027 kl. 23.59. Kontakta arrangören om du behöver lämna in något i efterhand.',
    );
  });

  it('has a Swedish and an English text for every refusal code', () => {
    for (const code of REFUSAL_CODES) {
      const sv = said({ ok: false, code, params: { phase: 'review', phases: ['review'], activity: 'score', mode: 'key_figures', date: deadline, from: 'review', to: 'draft', next: 'review', moves: [] } });
      expect(sv, code).not.toMatch(/^valPhase\./);
      expect(en({ ok: false, code, params: { phase: 'review', phases: ['review'], activity: 'score', mode: 'key_figures', date: deadline, from: 'review', to: 'draft', next: 'review', moves: [] } }), code).not.toMatch(/^valPhase\.|[åäö]/);
    }
  });
});
