import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areNomineesPublic, publicNominees, type NomineeStanding } from '@/lib/domain/nominees-announcement';

const AT = '2031-03-01T18:00:00.000Z';
const key = (nomineesAnnounceAt: string | null) => ({ mode: 'key_figures' as const, nomineesAnnounceAt });

describe('areNomineesPublic', () => {
  it('is false one millisecond before the instant and true at it and after', () => {
    expect(areNomineesPublic(key(AT), new Date(Date.parse(AT) - 1))).toBe(false);
    expect(areNomineesPublic(key(AT), new Date(AT))).toBe(true);
    expect(areNomineesPublic(key(AT), new Date(Date.parse(AT) + 1000))).toBe(true);
  });

  it('is false without an instant, with an unreadable one, and in an open-application cycle whatever the instant', () => {
    const later = new Date('2099-01-01T00:00:00.000Z');
    expect(areNomineesPublic(key(null), later)).toBe(false);
    expect(areNomineesPublic(key('inte en tid'), later)).toBe(false);
    expect(areNomineesPublic({ mode: 'open_application', nomineesAnnounceAt: AT }, later)).toBe(false);
  });

  it('agrees with comparing the instants, for any instant and any now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (at, now) => {
        expect(areNomineesPublic(key(new Date(at).toISOString()), new Date(now))).toBe(now >= at);
      }),
    );
  });
});

describe('publicNominees', () => {
  const n = (name: string, state: NomineeStanding['state']): NomineeStanding => ({ name, county: `${name}s län`, state });

  it('lists the invited and the accepted by Swedish name order; leaves out the declined and the not yet invited', () => {
    const list = publicNominees([n('Öckerö', 'invited'), n('Habo', 'accepted'), n('Svedala', 'declined'), n('Åre', 'not_invited'), n('Ale', 'accepted'), n('Älvdalen', 'invited')]);
    expect(list).toEqual([
      { name: 'Ale', county: 'Ales län' },
      { name: 'Habo', county: 'Habos län' },
      { name: 'Älvdalen', county: 'Älvdalens län' },
      { name: 'Öckerö', county: 'Öckerös län' },
    ]);
  });

  it('never names a municipality that declined or was not invited (property)', () => {
    const states = fc.constantFrom<NomineeStanding['state']>('not_invited', 'invited', 'accepted', 'declined');
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 8 }), state: states }), { selector: (r) => r.name, maxLength: 20 }), (rows) => {
        const shown = new Set(publicNominees(rows.map((r) => ({ ...r, county: null }))).map((x) => x.name));
        for (const r of rows) expect(shown.has(r.name)).toBe(r.state === 'invited' || r.state === 'accepted');
      }),
    );
  });
});
