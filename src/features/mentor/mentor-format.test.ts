import { describe, expect, it } from 'vitest';
import { commentsFile, fileText, keptComments, readComments, readShare, toShare } from './format';
import { saveAction } from '../plan/edits';
import { addEvidence, createReview, setPriority } from '../../lib/review/edits';

/*
 * The files a mentee and a mentor exchange: the mentor file holds evidence only
 * when the mentee ticks it; a comments file names its review, so one for
 * another review is refused; both carry a format version and are read as
 * strictly as an imported review.
 */

const now = new Date('2026-03-01T09:00:00.000Z');
function review() {
  let r = createReview({ id: 'r-abc', title: 'Review 2026', stage: 'headteacher', numbers: ['1.14', '3.4a'], now });
  r = setPriority(r, '3.4a', true, now);
  r = addEvidence(r, '1.14', { id: 'e-1', note: 'Private note about a colleague', date: '2026-02-01', url: '' }, now);
  return saveAction(r, '3.4a', 'a-1', { what: 'Visit a partner school', who: '', by: '', measure: '', status: 'not-started', revisit: '' }, now);
}

describe('the mentor file', () => {
  it('holds items, levels and the plan always, and evidence only when ticked', () => {
    const without = toShare(review(), { name: '', withEvidence: false, today: '2026-03-01' });
    expect(without).not.toHaveProperty('name');
    expect(fileText(without)).not.toContain('Private note');
    expect(without.items.map((i) => [i.number, i.level, i.priority])).toEqual([
      ['1.14', 'not-started', false],
      ['3.4a', 'not-started', true],
    ]);
    expect(without.plan.map((a) => a.what)).toEqual(['Visit a partner school']);
    const withEvidence = toShare(review(), { name: 'Alys', withEvidence: true, today: '2026-03-01' });
    expect(fileText(withEvidence)).toContain('Private note');
    expect(withEvidence.name).toBe('Alys');
  });

  it('reads back as written, and refuses other files, newer versions and markup', () => {
    const text = fileText(toShare(review(), { name: 'Alys', withEvidence: true, today: '2026-03-01' }));
    expect(readShare(text)).toEqual({ ok: true, file: JSON.parse(text) });
    expect(readShare('')).toEqual({ ok: false, problem: 'empty' });
    expect(readShare('{')).toEqual({ ok: false, problem: 'not-json' });
    expect(readShare('{"format":"arwain-review","version":2,"reviews":[]}')).toEqual({ ok: false, problem: 'wrong-file' });
    expect(readShare(text.replace('"version": 1', '"version": 2'))).toEqual({ ok: false, problem: 'newer-version' });
    expect(readShare(text.replace('"version": 1', '"version": 0'))).toEqual({ ok: false, problem: 'unsupported-version' });
    expect(readShare(text.replace('Alys', '<b>Alys</b>'))).toEqual({ ok: false, problem: 'markup', at: 'name' });
    expect(readShare('x'.repeat(3 * 1024 * 1024))).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('the comments file', () => {
  const share = toShare(review(), { name: '', withEvidence: false, today: '2026-03-01' });

  it('carries the review’s id and only the comments written', () => {
    const file = commentsFile(share, ' Rhian ', '2026-03-05', [
      { id: 'c-1', item: '3.4a', text: ' Try the RCT case study ' },
      { id: 'c-2', item: '1.14', text: '   ' },
      { id: 'c-3', item: null, text: 'A realistic plan' },
    ]);
    expect(file).toEqual({
      format: 'arwain-mentor-comments',
      version: 1,
      review: 'r-abc',
      mentor: 'Rhian',
      date: '2026-03-05',
      comments: [
        { id: 'c-1', item: '3.4a', text: 'Try the RCT case study' },
        { id: 'c-3', item: null, text: 'A realistic plan' },
      ],
    });
    const read = readComments(fileText(file), 'r-abc');
    expect(read).toEqual({ ok: true, file });
    expect(read.ok && keptComments(read.file, now)).toEqual([
      { id: 'c-1', item: '3.4a', mentor: 'Rhian', date: '2026-03-05', text: 'Try the RCT case study', done: false, updatedAt: now.toISOString() },
      { id: 'c-3', item: null, mentor: 'Rhian', date: '2026-03-05', text: 'A realistic plan', done: false, updatedAt: now.toISOString() },
    ]);
  });

  it('is refused for another review, for the wrong kind of file and for hostile content', () => {
    const text = fileText(commentsFile(share, 'Rhian', '2026-03-05', [{ id: 'c-1', item: '3.4a', text: 'Hello' }]));
    expect(readComments(text, 'r-other')).toEqual({ ok: false, problem: 'other-review' });
    expect(readComments(fileText(share), 'r-abc')).toEqual({ ok: false, problem: 'wrong-file' });
    expect(readComments(text.replace('Hello', '<script>x</script>'), 'r-abc')).toEqual({ ok: false, problem: 'markup', at: 'comments[0].text' });
    expect(readComments(text.replace('"item": "3.4a"', '"item": "99.1"'), 'r-abc')).toMatchObject({ ok: false, problem: 'invalid', at: 'comments[0].item' });
    expect(readComments(text.replace('"mentor"', '"__proto__": {}, "mentor"'), 'r-abc')).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
