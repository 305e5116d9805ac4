import { toCsv } from '../open-data/csv';
import type { Level, Review } from './model';

/*
 * A review as CSV, for a spreadsheet: one row per piece of evidence (or one row
 * for an item with none), written by the site's one CSV writer (`../csv.ts`).
 */

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
    const common = [review.title, labels.stage, labels.keyArea(item.number), item.number, labels.itemText(item.number), labels.levels[item.level], item.priority ? labels.yes : labels.no];
    if (item.evidence.length === 0) rows.push([...common, '', '', '']);
    for (const evidence of item.evidence) rows.push([...common, evidence.date, evidence.note, evidence.url ?? '']);
  }
  return toCsv(rows);
}
