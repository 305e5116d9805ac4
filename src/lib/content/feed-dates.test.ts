import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_DATES_FILE, findFeedDateProblems, parseFeedDates } from './feed-dates';
import { root } from '../../../tests/fixtures/content';

describe('parseFeedDates', () => {
  it('reads ids and dates', () => {
    const { dates, problems } = parseFeedDates('- { id: case-studies/rct-aspiring-leaders, added: 2026-11-23 }\n- id: recommendations/estyn-r6\n  added: 2026-12-01\n');
    expect(problems).toEqual([]);
    expect(dates.get('case-studies/rct-aspiring-leaders')).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(dates.get('recommendations/estyn-r6')).toEqual(new Date('2026-12-01T00:00:00Z'));
  });

  it('names the file, the row and what to write for each mistake', () => {
    const { problems } = parseFeedDates(
      [
        '- { id: case-studies/a, added: 2026-02-30 }',
        '- { id: pages/about, added: 2026-11-23 }',
        '- { id: recommendations/b, added: 23/11/2026 }',
        '- { id: case-studies/c, added: 2026-11-23 }',
        '- { id: case-studies/c, added: 2026-11-24 }',
      ].join('\n'),
    );
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual(['content/feed.yaml: [0].added', 'content/feed.yaml: [1].id', 'content/feed.yaml: [2].added', 'content/feed.yaml: [4].id']);
    expect(problems[0]!.message).toMatch(/"2026-02-30" is not a date; write it as YYYY-MM-DD/);
    expect(problems[3]!.message).toMatch(/listed twice/);
  });

  it('reports a file that is not YAML or not a list', () => {
    expect(parseFeedDates('- [unclosed').problems[0]).toMatchObject({ file: FEED_DATES_FILE, field: 'file', message: expect.stringMatching(/not valid YAML/) });
    expect(parseFeedDates('id: case-studies/a').problems[0]!.message).toMatch(/should be a list/);
  });
});

describe('findFeedDateProblems', () => {
  it('names content/feed.yaml and the line to add for an entry with no date, and flags dates for no entry', () => {
    const dates = new Map([['case-studies/gone', new Date('2026-11-23')]]);
    const problems = findFeedDateProblems(['case-studies/new-one'], dates);
    expect(problems).toEqual([
      {
        file: 'content/feed.yaml',
        field: 'case-studies/new-one',
        message: 'content/en/case-studies/new-one.mdx has no date for the news feed; add the line "- { id: case-studies/new-one, added: YYYY-MM-DD }" with the day it was added.',
      },
      { file: 'content/feed.yaml', field: 'case-studies/gone', message: 'there is no content/en/case-studies/gone.mdx; remove the line or correct the name.' },
    ]);
  });
});

describe('content/feed.yaml', () => {
  it('dates every case study and recommendation, and nothing else', () => {
    const ids = ['case-studies', 'recommendations'].flatMap((folder) =>
      readdirSync(join(root, 'content/en', folder))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => `${folder}/${name.replace(/\.mdx$/, '')}`),
    );
    const { dates, problems } = parseFeedDates(readFileSync(join(root, FEED_DATES_FILE), 'utf8'));
    expect(problems).toEqual([]);
    expect(findFeedDateProblems(ids, dates)).toEqual([]);
  });
});
