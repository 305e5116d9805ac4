import { describe, expect, it } from 'vitest';
import { pageSchema, sourceSchema } from './schemas/content';
import { hashText, translationState } from './translation-status';

const english = '---\ntitle: About\n---\nText.\n';
const page = { title: 'Ynglŷn', description: 'Disgrifiad.' };

describe('reviewer sign-off of a Welsh text', () => {
  it('accepts a reviewed translation only with the reviewer and the date, and a draft only without them', () => {
    expect(pageSchema.safeParse({ ...page, translation: { status: 'reviewed', reviewedBy: 'Siân Jones', reviewedOn: '2026-12-01' } }).success).toBe(true);
    expect(pageSchema.safeParse({ ...page, translation: { status: 'draft' } }).success).toBe(true);
    const paths = (translation: object) => pageSchema.safeParse({ ...page, translation }).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ status: 'reviewed' })).toEqual(['translation.reviewedBy', 'translation.reviewedOn']);
    expect(paths({ status: 'reviewed', reviewedBy: 'Siân Jones' })).toEqual(['translation.reviewedOn']);
    expect(paths({ status: 'reviewed', reviewedBy: '  ', reviewedOn: '2026-12-01' })).toEqual(['translation.reviewedBy']);
    expect(paths({ status: 'draft', reviewedBy: 'Siân Jones', reviewedOn: '2026-12-01' })).toEqual(['translation.reviewedBy', 'translation.reviewedOn']);
  });

  it('reports who signed a reviewed translation off and when; a draft has no reviewer', () => {
    const reviewed = translationState({
      collection: 'pages',
      slug: 'about',
      englishText: english,
      translated: true,
      translation: { status: 'reviewed', englishHash: hashText(english), reviewedBy: 'Siân Jones', reviewedOn: new Date('2026-12-01') },
    });
    expect(reviewed).toMatchObject({ state: 'reviewed', reviewedBy: 'Siân Jones', reviewedOn: '2026-12-01' });
    const draft = translationState({ collection: 'pages', slug: 'about', englishText: english, translated: true, translation: { status: 'draft' } });
    expect(draft.state).toBe('draft');
    expect(draft.reviewedBy).toBeUndefined();
  });

  it('keeps the sign-off on a reviewed translation whose English has since changed, which is out of date', () => {
    const row = translationState({
      collection: 'pages',
      slug: 'about',
      englishText: english,
      translated: true,
      translation: { status: 'reviewed', englishHash: 'old', reviewedBy: 'Siân Jones', reviewedOn: '2026-12-01' },
    });
    expect(row).toMatchObject({ state: 'outdated', reviewedBy: 'Siân Jones', reviewedOn: '2026-12-01' });
  });
});

describe('a source’s Welsh version', () => {
  const estyn = { title: 'Best Practice', publisher: 'Estyn', kind: 'thematic-report' };

  it('takes the Welsh version’s own address or the publisher’s Welsh site, with its Welsh title', () => {
    expect(sourceSchema.safeParse({ ...estyn, cy: { title: 'Arfer orau', site: 'https://www.estyn.llyw.cymru/' } }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...estyn, cy: { title: 'Arfer orau', url: 'https://www.estyn.llyw.cymru/arfer.pdf' } }).success).toBe(true);
  });

  it('refuses both at once, one without a Welsh title, and an address that is not one', () => {
    const paths = (cy: object) => sourceSchema.safeParse({ ...estyn, cy }).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ title: 'Arfer orau', url: 'https://a.example/', site: 'https://b.example/' })).toEqual(['cy.site']);
    expect(paths({ site: 'https://www.estyn.llyw.cymru/' })).toEqual(['cy.title']);
    expect(paths({ title: 'Arfer orau', url: 'estyn.llyw.cymru' })).toEqual(['cy.url']);
  });
});
