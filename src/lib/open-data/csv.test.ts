import { describe, expect, it } from 'vitest';
import { BOM, csvCell, looksLikeFormula, toCsv } from './csv';
import { parseCsv } from '../../../tests/fixtures/csv';

describe('csvCell', () => {
  it('leaves plain values alone', () => {
    expect(csvCell('3.4a')).toBe('3.4a');
    expect(csvCell(6)).toBe('6');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('Gwybodaeth a Sgiliau: ŵ ŷ â')).toBe('Gwybodaeth a Sgiliau: ŵ ŷ â');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('coaching, mentoring')).toBe('"coaching, mentoring"');
    expect(csvCell('He said "yes"')).toBe('"He said ""yes"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('writes text a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 29 2000 0000')).toBe("'+44 29 2000 0000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
  });

  it('catches formulas behind white space, line breaks and full-width signs', () => {
    for (const text of [' =1+1', '  @SUM(A1)', '\n=cmd', '\r=cmd', '\u00a0=1', '\u3000+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝1']) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
      expect(parseCsv(`${csvCell(text)}\r\n`)[0]![0]).toBe(`'${text}`);
    }
    for (const text of ['1+1', 'a = b', 'e-mail', 'the 3.4a action', '']) expect(looksLikeFormula(text), text).toBe(false);
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('round-trips awkward values through a strict RFC 4180 parser', () => {
    const awkward = ['comma, here', 'quote " here', 'line\nbreak', '', 'ŵ, ŷ and “curly” quotes', '"', ','];
    const csv = toCsv([['value', 'index'], ...awkward.map((v, i) => [v, i])]);
    const records = parseCsv(csv.slice(BOM.length));
    expect(records[0]).toEqual(['value', 'index']);
    expect(records.slice(1).map((r) => r[0])).toEqual(awkward);
  });
});
