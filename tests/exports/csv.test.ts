import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvLine, csvNumber } from '@/lib/exports/csv';

/** A small RFC 4180 reader with `;` as separator, to check that what we write reads back. */
function parse(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else field += line[i++];
      }
    } else while (i < line.length && line[i] !== ';' && line[i] !== '\r') field += line[i++];
    out.push(field);
    if (line[i] === ';') i++;
    else return out;
  }
}

describe('CSV for Swedish Excel', () => {
  it('writes numbers with a decimal comma, whole numbers whole, and missing values as empty (never 0)', () => {
    expect(csvNumber(63.25)).toBe('63,25');
    expect(csvNumber(100)).toBe('100');
    expect(csvNumber(-1.5)).toBe('-1,5');
    expect(csvNumber(1 / 3)).toBe('0,333333');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('ja');
  });

  it('quotes fields holding a separator, quote, comma or line break, doubling quotes', () => {
    expect(csvField('Habo; Svedala')).toBe('"Habo; Svedala"');
    expect(csvField('Säger "bra"')).toBe('"Säger ""bra"""');
    expect(csvField('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('Mörbylånga')).toBe('Mörbylånga');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not our own negative numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+46 70 123')).toBe("'+46 70 123");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField(-2)).toBe('-2');
  });

  it('ends every line with CRLF and has a byte-order mark to put first', () => {
    expect(csvLine(['a', 1.5, null])).toBe('a;1,5;\r\n');
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('reads back exactly what was written, for any text (apart from the defusing apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), (fields) => {
        const back = parse(csvLine(fields));
        const expected = fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f));
        return JSON.stringify(back) === JSON.stringify(expected);
      }),
    );
  });
});
