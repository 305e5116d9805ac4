import type { Level, Review } from './model';

/*
 * A review as CSV, for a spreadsheet: one row per piece of evidence (or one row
 * for an item with none). Cells are quoted as RFC 4180 says, and a cell that a
 * spreadsheet would run as a formula is written as text.
 */

/**
 * One CSV cell: text beginning `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with an apostrophe so spreadsheets show it rather than run it, then
 * the cell is quoted when it holds a comma, quote or line break.
 * @example csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends; a byte order mark tells spreadsheets it is UTF-8 (ŵ, ŷ). */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The words a CSV export uses, in the page's language. */
export interface CsvLabels {
  headers: {
    review: string;
    stage: string;
    keyArea: string;
    number: string;
    text: string;
    level: string;
    priority: string;
    evidenceDate: string;
    evidenceNote: string;
    evidenceLink: string;
  };
  levels: Record<Level, string>;
  yes: string;
  no: string;
  /** The stage's name, or '' when none is chosen. */
  stage: string;
  keyArea: (number: string) => string;
  itemText: (number: string) => string;
}

/**
 * A review as CSV text.
 * @example reviewToCsv(review, labels).split('\r\n')[0] // '\uFEFFReview,Stage,Key area,…'
 */
export function reviewToCsv(review: Review, labels: CsvLabels): string {
  const h = labels.headers;
  const rows = [[h.review, h.stage, h.keyArea, h.number, h.text, h.level, h.priority, h.evidenceDate, h.evidenceNote, h.evidenceLink]];
  for (const item of review.items) {
    const common = [
      review.title,
      labels.stage,
      labels.keyArea(item.number),
      item.number,
      labels.itemText(item.number),
      labels.levels[item.level],
      item.priority ? labels.yes : labels.no,
    ];
    if (item.evidence.length === 0) rows.push([...common, '', '', '']);
    for (const evidence of item.evidence) rows.push([...common, evidence.date, evidence.note, evidence.url ?? '']);
  }
  return toCsv(rows);
}
