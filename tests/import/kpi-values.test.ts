import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeText as decodeRaw,
  detectFormat,
  kpiIssueText,
  parseDecimal,
  parseKoladaJson as koladaRaw,
  parseKpiCsv as csvRaw,
  parseKpiFile as fileRaw,
  type KpiIssue,
  type ParseOptions,
  type ParseResult,
} from '@/lib/import/kpi-values';
import { runInLocale } from '@/lib/i18n/server-locale';

// The parser returns codes and values; these wrappers add the message a Swedish reader sees
// (kpiIssueText outside a request's language), so the tests read the texts as before.
type Worded<T> = T & { message: string };
const say = <T extends KpiIssue>(i: T): Worded<T> => ({ ...i, message: kpiIssueText(i) });
const worded = (r: ParseResult) => ({ ...r, errors: r.errors.map(say), notices: r.notices.map(say) });
const parseKpiFile = (...a: Parameters<typeof fileRaw>) => worded(fileRaw(...a));
const parseKpiCsv = (...a: Parameters<typeof csvRaw>) => worded(csvRaw(...a));
const parseKoladaJson = (...a: Parameters<typeof koladaRaw>) => worded(koladaRaw(...a));
const decodeText = (...a: Parameters<typeof decodeRaw>) => {
  const d = decodeRaw(...a);
  return d.ok ? d : say(d);
};

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/kpi', name)));
const text = (name: string) => new TextDecoder().decode(fixture(name));

const options: ParseOptions = {
  knownKommunkoder: new Set(['0114', '0180', '1280', '1480', '2584']),
  knownKpis: new Set(['N03101', 'N01951', 'U00401']),
  minYear: 1990,
  maxYear: 2026,
};

const errorAt = (r: ReturnType<typeof worded>, line: number) => r.errors.filter((e) => e.line === line);

describe('Kolada JSON', () => {
  it('reads the wrapped response and takes the total (T) value', () => {
    const r = parseKpiFile(fixture('kolada-data.json'), options);
    expect(r.format).toBe('kolada-json');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { kommunkod: '0180', kpi: 'N03101', year: 2023, value: 30.98, line: 1 },
      { kommunkod: '1480', kpi: 'N03101', year: 2023, value: 32.6, line: 2 },
      { kommunkod: '1280', kpi: 'U00401', year: 2022, value: 79.8, line: 3 },
    ]);
  });

  it('reports a null value as missing and Riket/regions as not municipalities, not as errors', () => {
    const r = parseKpiFile(fixture('kolada-data.json'), options);
    expect(r.notices.map((n) => [n.line, n.kind])).toEqual([
      [4, 'missing_value'],
      [5, 'not_municipality'],
      [6, 'not_municipality'],
    ]);
    expect(r.notices[1].message).toBe('0001 är en region, inte en kommun; raden hoppas över.');
    expect(r.notices[2].message).toMatch(/^0000 är riket/);
  });

  it('reads a bare array', () => {
    const r = parseKpiFile(fixture('kolada-array.json'), options);
    expect(r.rows.map((x) => x.value)).toEqual([30.98, 32.6, 79.8]);
    expect(r.errors).toEqual([]);
  });

  it('warns when the file is one page of several', () => {
    const r = parseKpiFile(fixture('kolada-page.json'), options);
    expect(r.rows).toHaveLength(2);
    expect(r.notices).toEqual([expect.objectContaining({ line: 0, kind: 'more_pages' })]);
  });

  it('rejects JSON of another shape with a clear Swedish message', () => {
    const meta = parseKpiFile(fixture('kolada-metadata.json'), options);
    expect(meta.rows).toEqual([]);
    expect(meta.errors).toHaveLength(1);
    expect(meta.errors[0].message).toMatch(/inte Koladas dataformat.*metadata/);
    for (const json of ['{"kpi": "N03101"}', '"text"', '42', '{"values": 3}']) {
      expect(parseKoladaJson(json, options).errors).toEqual([expect.objectContaining({ line: 0, kind: 'file', message: expect.stringMatching(/inte Koladas dataformat/) })]);
    }
    expect(parseKoladaJson('{"values": [', options).errors[0].message).toMatch(/^Filen är inte giltig JSON/);
  });

  it('reports each bad record by its number', () => {
    const t = (value: unknown) => [{ gender: 'T', count: 1, status: '', value }];
    const json = JSON.stringify({
      values: [
        { kpi: 'N03101', municipality: '9999', period: 2023, values: t(1) },
        { kpi: 'N77777', municipality: '0180', period: 2023, values: t(1) },
        { kpi: 'N03101', municipality: '0180', period: 1980, values: t(1) },
        { kpi: 'N03101', municipality: '0180', period: 2023, values: t('12') },
        { kpi: 'N03101', municipality: '0180', period: 2022, values: [{ gender: 'K', count: 1, status: '', value: 3 }] },
        { kpi: 'N03101', period: 2021, values: t(1) },
        { kpi: 'N03101', municipality: '180', period: 2020, values: t(4.5) },
      ],
    });
    const r = parseKoladaJson(json, options);
    expect(r.errors.map((e) => [e.line, e.kind])).toEqual([
      [1, 'unknown_kommunkod'],
      [2, 'unknown_kpi'],
      [3, 'year'],
      [4, 'value'],
      [5, 'record'],
      [6, 'record'],
    ]);
    expect(r.errors[4].message).toBe('Post 5 saknar totalvärde (gender "T").');
    expect(r.rows).toEqual([{ kommunkod: '0180', kpi: 'N03101', year: 2020, value: 4.5, line: 7 }]);
  });
});

describe('CSV', () => {
  it('comma, decimal point, LF, blank line', () => {
    const r = parseKpiFile(fixture('values-comma.csv'), options);
    expect(r.format).toBe('csv');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { kommunkod: '0180', kpi: 'N03101', year: 2023, value: 30.98, line: 2 },
      { kommunkod: '1480', kpi: 'N03101', year: 2023, value: 32.6, line: 3 },
      { kommunkod: '1280', kpi: 'U00401', year: 2022, value: 79.8, line: 5 },
    ]);
  });

  it('semicolon, decimal comma, BOM, CRLF, Swedish header, padded code, thousands space and "−"', () => {
    const r = parseKpiFile(fixture('values-semicolon-bom-crlf.csv'), options);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { kommunkod: '0180', kpi: 'N03101', year: 2023, value: 30.98, line: 2 },
      { kommunkod: '1480', kpi: 'N03101', year: 2023, value: 1234.5, line: 3 },
      { kommunkod: '0114', kpi: 'U00401', year: 2022, value: -3.25, line: 4 },
    ]);
  });

  describe('every kind of bad line, with its line number', () => {
    const r = parseKpiFile(fixture('bad-lines.csv'), options);
    const only = (line: number) => {
      const e = errorAt(r, line);
      expect(e).toHaveLength(1);
      return e[0];
    };

    it('unknown kommunkod', () => expect(only(3)).toMatchObject({ kind: 'unknown_kommunkod', message: 'Okänd kommunkod 9999.' }));
    it('unknown KPI, offering to add it', () => {
      expect(only(4)).toMatchObject({ kind: 'unknown_kpi', kpi: 'N99999' });
      expect(only(4).message).toMatch(/Okänt nyckeltal N99999\. Lägg till det i nyckeltalskatalogen/);
    });
    it('year out of range, both ends', () => {
      expect(only(5)).toMatchObject({ kind: 'year', message: 'Året 1985 ligger utanför det tillåtna intervallet 1990–2026.' });
      expect(only(6).kind).toBe('year');
    });
    it('year that is not a year', () => expect(only(16)).toMatchObject({ kind: 'year', message: '"20x3" är inget årtal (fyra siffror).' }));
    it('value not a number', () => expect(only(7)).toMatchObject({ kind: 'value', message: 'Värdet "abc" är inte ett tal.' }));
    it('the same key twice with the same value is kept once', () => {
      expect(errorAt(r, 8)).toEqual([]);
      expect(r.notices).toContainEqual(expect.objectContaining({ line: 8, kind: 'duplicate' }));
      expect(r.rows.filter((x) => x.kommunkod === '0180' && x.kpi === 'N03101' && x.year === 2023)).toEqual([
        { kommunkod: '0180', kpi: 'N03101', year: 2023, value: 32.5, line: 2 },
      ]);
    });
    it('the same key with a different value: error, neither imported', () => {
      expect(only(10)).toMatchObject({ kind: 'duplicate' });
      expect(only(10).message).toMatch(/finns redan på rad 9 med ett annat värde \(10\)/);
      expect(r.rows.some((x) => x.kpi === 'N01951' && x.year === 2022)).toBe(false);
    });
    it('wrong column count, with a hint about decimal commas', () => {
      expect(only(11)).toMatchObject({ kind: 'columns', message: 'Raden har 3 kolumner, väntade 4.' });
      expect(only(12).message).toMatch(/^Raden har 5 kolumner, väntade 4\. Decimaltal med komma/);
      expect(only(19)).toMatchObject({ kind: 'columns', message: 'Raden har ett citattecken som inte avslutas.' });
    });
    it('kommunkod not four digits; three digits are padded', () => {
      expect(only(13)).toMatchObject({ kind: 'kommunkod_format', message: 'Kommunkoden "18" ska vara fyra siffror, t.ex. 0180.' });
      expect(r.rows).toContainEqual({ kommunkod: '0114', kpi: 'N03101', year: 2023, value: 20.1, line: 14 });
    });
    it('regions are skipped, empty values are missing, quoted decimal comma and lower-case KPI are fine', () => {
      expect(r.notices).toContainEqual(expect.objectContaining({ line: 15, kind: 'not_municipality' }));
      expect(r.notices).toContainEqual(expect.objectContaining({ line: 17, kind: 'missing_value' }));
      expect(r.rows).toContainEqual({ kommunkod: '1480', kpi: 'N03101', year: 2023, value: 1.5, line: 18 });
      expect(r.rows).toContainEqual({ kommunkod: '2584', kpi: 'N01951', year: 2023, value: 7, line: 20 });
    });
    it('nothing else', () => {
      expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 10, 11, 12, 13, 16, 19]);
      expect(r.rows.map((x) => x.line)).toEqual([2, 14, 18, 20]);
    });
  });

  it('reports several problems on one line', () => {
    const r = parseKpiCsv('kommunkod,kpi,year,value\n9999,X1,1800,x\n', options);
    expect(r.errors.map((e) => e.kind)).toEqual(['unknown_kommunkod', 'unknown_kpi', 'year', 'value']);
  });

  it('requires the header line', () => {
    const r = parseKpiCsv('0180,N03101,2023,1\n', options);
    expect(r.errors).toEqual([expect.objectContaining({ line: 1, kind: 'file', message: expect.stringMatching(/^Första raden ska vara rubrikraden kommunkod,kpi,year,value/) })]);
    expect(parseKpiCsv('\n\n', options).errors[0].message).toBe('Filen är tom.');
  });
});

describe('encoding and format checks', () => {
  it('rejects binary content (NUL bytes)', () => {
    const r = parseKpiFile(fixture('binary.bin'), options);
    expect(r.format).toBeNull();
    expect(r.errors[0].message).toMatch(/binära data \(NUL-tecken\)/);
    expect(detectFormat(fixture('binary.bin'))).toBe('binary');
    expect(decodeText('a,b\u0000')).toMatchObject({ ok: false, line: 1 });
  });

  it('recognises Excel and UTF-16 files', () => {
    expect(parseKpiFile(fixture('excel.xlsx'), options).errors[0].message).toMatch(/Excel.*CSV UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6b, 0x00, 0x2c, 0x00]);
    expect(decodeText(utf16)).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-16/) });
    expect(detectFormat(utf16)).toBe('binary');
  });

  it('rejects Latin-1 and mixed encodings, naming the line', () => {
    expect(decodeText(fixture('latin1.csv'))).toMatchObject({ ok: false, line: 1, message: expect.stringMatching(/inte giltig UTF-8.*Latin-1/) });
    expect(decodeText(fixture('mixed-encoding.csv'))).toMatchObject({ ok: false, line: 3 });
    expect(parseKpiFile(fixture('mixed-encoding.csv'), options).errors).toEqual([expect.objectContaining({ line: 3, kind: 'file' })]);
    expect(decodeText('kommunkod,kpi\n0180,\uFFFD')).toMatchObject({ ok: false, line: 2 });
  });

  it('strips a BOM from strings and bytes', () => {
    expect(decodeText('\uFEFFabc')).toEqual({ ok: true, text: 'abc' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
  });

  it('detects the format from bytes or text', () => {
    expect(detectFormat(fixture('kolada-data.json'))).toBe('kolada-json');
    expect(detectFormat(text('kolada-array.json'))).toBe('kolada-json');
    expect(detectFormat(fixture('values-semicolon-bom-crlf.csv'))).toBe('csv');
    expect(detectFormat(text('values-comma.csv'))).toBe('csv');
    expect(detectFormat('bara text')).toBe('unknown');
    expect(detectFormat(fixture('latin1.csv'))).toBe('unknown');
    expect(parseKpiFile('bara text', options).errors[0].message).toMatch(/^Okänt filformat/);
  });
});

describe('parseDecimal', () => {
  it('accepts point or comma, thousands spaces and minus signs', () => {
    expect(['1.5', '1,5', ' -2 ', '−3,25', '1 234,5', '1\u00a0234.5', ',5', '1e3'].map(parseDecimal)).toEqual([1.5, 1.5, -2, -3.25, 1234.5, 1234.5, 0.5, 1000]);
  });
  it('rejects anything else', () => {
    expect(['', 'abc', '1,2,3', '1.234,5', '12%', '1.', 'NaN', 'Infinity'].map(parseDecimal)).toEqual(new Array(8).fill(null));
  });
});

describe('messages in the reader’s language', () => {
  const csv = ['kommunkod,kpi,year,value', '9999,N03101,2023,1', '0180,N03101,1985,1', '0180,N03101,2023,abc', '0180,N03101,2022,"3,5"', '0180,N03101,2022,4.25', '0001,N03101,2023,1'].join('\n');
  const english = () => runInLocale('en', () => worded(csvRaw(csv, options)));

  it('says each error and notice in English to an English reader, with the line’s values', () => {
    const r = english();
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'Unknown municipality code 9999.'],
      [3, 'The year 1985 is outside the allowed range 1990–2026.'],
      [4, 'The value "abc" is not a number.'],
      [6, 'N03101 2022 for 0180 is already on line 5 with a different value (3.5); neither line is imported.'],
    ]);
    expect(r.notices.map((n) => n.message)).toEqual(['0001 is a region, not a municipality; the line is skipped.']);
    expect(JSON.stringify([r.errors, r.notices])).not.toMatch(/[åäö]/);
  });

  it('formats a value read as a number for the language (3,5 in Swedish), and keeps Swedish the default', () => {
    expect(worded(csvRaw(csv, options)).errors[3].message).toBe('N03101 2022 för 0180 finns redan på rad 5 med ett annat värde (3,5); ingen av raderna importeras.');
  });

  it('words file-level problems in English too (encoding, format, header)', () => {
    runInLocale('en', () => {
      expect(decodeText(fixture('latin1.csv'))).toMatchObject({ ok: false, line: 1, message: expect.stringMatching(/^The file is not valid UTF-8/) });
      expect(parseKpiFile('bara text', options).errors[0].message).toMatch(/^Unknown file format\. Upload Kolada JSON or a CSV file with the header line kommunkod,kpi,year,value\.$/);
      expect(parseKoladaJson('[{"id": "N1", "title": "x"}]', options).errors[0].message).toMatch(/^The JSON file is not in Kolada's data format: expected a list of records \{kpi, municipality, period, values\}.*metadata/);
    });
  });
});
