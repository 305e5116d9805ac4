/*
 * CSV for spreadsheets, the one writer the site has: the data files under
 * /data/ and the review's export both use it. RFC 4180 quoting, CRLF line ends,
 * a byte order mark so Excel reads UTF-8 (ŵ, ŷ), and a guard against formula
 * injection, since people open these files in Excel, LibreOffice and Sheets.
 */

/** A value of one CSV cell; `null` and `undefined` are written as empty cells, numbers as they are. */
export type CsvValue = string | number | null | undefined;

/** The byte order mark that tells Excel a CSV file is UTF-8, so it shows ŵ and ŷ correctly. */
export const BOM = '\uFEFF';

/*
 * Text a spreadsheet would run as a formula: it starts with = + - @ (or their
 * full-width forms, which some spreadsheets fold to ASCII), possibly after
 * white space, which spreadsheets trim; or it starts with a tab, carriage
 * return or line feed, which some spreadsheets strip before reading the rest.
 */
const FORMULA = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

/**
 * True when a spreadsheet might run the text as a formula.
 * @example looksLikeFormula(' =1+1') // true
 */
export function looksLikeFormula(text: string): boolean {
  return FORMULA.test(text);
}

/**
 * One CSV cell: text that a spreadsheet might run as a formula is prefixed with
 * an apostrophe so it is shown as text, then the cell is quoted when it holds a
 * comma, a double quote or a line break (RFC 4180). Numbers are never prefixed.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file: the byte order mark, then one record per row (the first row is
 * the header), each ended by CRLF.
 * @example toCsv([['number', 'text'], ['1.1', 'the school of the future']]) // '\uFEFFnumber,text\r\n1.1,the school of the future\r\n'
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
