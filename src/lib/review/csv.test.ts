import { describe, expect, it } from 'vitest';
import { reviewToCsv, type CsvLabels } from './csv';
import { addEvidence, createReview, setLevel, setPriority } from './edits';

const NOW = new Date('2026-03-15T12:00:00Z');

const labels: CsvLabels = {
  headers: {
    review: 'Review',
    stage: 'Stage',
    keyArea: 'Key area',
    number: 'Number',
    text: 'Statement or action',
    level: 'Level',
    priority: 'Priority',
    evidenceDate: 'Evidence date',
    evidenceNote: 'Evidence note',
    evidenceLink: 'Evidence link',
  },
  levels: { 'not-started': 'Not started', developing: 'Developing', secure: 'Secure', leading: 'Leading' },
  yes: 'Yes',
  no: 'No',
  stage: 'Existing Leaders',
  keyArea: (number) => `Key area ${number[0]}`,
  itemText: (number) => (number === '1.14' ? 'manages change by working with and through other people' : 'develops, leads, and nurtures'),
};

/** Splits CSV text into rows of cells, as a spreadsheet would (RFC 4180). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('reviewToCsv', () => {
  it('has a row per piece of evidence, or one for an item with none, that a spreadsheet reads back', () => {
    let review = createReview({ id: 'r-1', title: 'Review, 2026', stage: 'existing-leaders', numbers: ['1.14', '3.4a'], now: NOW });
    review = setLevel(review, '1.14', 'secure', NOW);
    review = setPriority(review, '3.4a', true, NOW);
    review = addEvidence(review, '1.14', { id: 'e-1', note: 'Led "Change" INSET,\nwith staff', date: '2026-03-01', url: 'https://example.org/a' }, NOW);
    review = addEvidence(review, '1.14', { id: 'e-2', note: '=2+2 is a formula', date: '2026-03-02', url: '' }, NOW);
    const rows = parseCsv(reviewToCsv(review, labels).slice(1));
    expect(rows).toEqual([
      ['Review', 'Stage', 'Key area', 'Number', 'Statement or action', 'Level', 'Priority', 'Evidence date', 'Evidence note', 'Evidence link'],
      [
        'Review, 2026',
        'Existing Leaders',
        'Key area 1',
        '1.14',
        'manages change by working with and through other people',
        'Secure',
        'No',
        '2026-03-01',
        'Led "Change" INSET,\nwith staff',
        'https://example.org/a',
      ],
      ['Review, 2026', 'Existing Leaders', 'Key area 1', '1.14', 'manages change by working with and through other people', 'Secure', 'No', '2026-03-02', "'=2+2 is a formula", ''],
      ['Review, 2026', 'Existing Leaders', 'Key area 3', '3.4a', 'develops, leads, and nurtures', 'Not started', 'Yes', '', '', ''],
    ]);
  });
});
