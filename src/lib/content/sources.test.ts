import { describe, expect, it } from 'vitest';
import { localiseSource, welshEdition } from './sources';

const csc = { title: 'Leadership', publisher: 'Central South Consortium', cy: { title: 'Arweinyddiaeth', publisher: 'Consortiwm Canolbarth y De' } };

describe('localiseSource', () => {
  it('names a source in Welsh on Welsh pages, keeping the original title beside a translated one', () => {
    expect(localiseSource(csc, 'cy')).toEqual({
      title: { text: 'Arweinyddiaeth', lang: undefined },
      publisher: { text: 'Consortiwm Canolbarth y De', lang: undefined },
      originalTitle: 'Leadership',
    });
  });

  it('falls back to the original, marked English, where the source gives no Welsh', () => {
    expect(localiseSource({ title: 'Survey', publisher: 'Ofsted' }, 'cy')).toEqual({
      title: { text: 'Survey', lang: 'en' },
      publisher: { text: 'Ofsted', lang: 'en' },
      originalTitle: undefined,
    });
  });

  it('names it as it is on English pages', () => {
    expect(localiseSource(csc, 'en')).toEqual({ title: { text: 'Leadership', lang: undefined }, publisher: { text: 'Central South Consortium', lang: undefined }, originalTitle: undefined });
  });
});

describe('welshEdition', () => {
  const estyn = { title: 'Best Practice', publisher: 'Estyn', cy: { title: 'Arfer orau', site: 'https://www.estyn.llyw.cymru/' } };

  it('gives a Welsh page the publisher’s own Welsh version, saying whether the address is the document or the publisher’s Welsh site', () => {
    expect(welshEdition(estyn, 'cy')).toEqual({ title: 'Arfer orau', publisher: 'Estyn', href: 'https://www.estyn.llyw.cymru/', kind: 'site' });
    expect(welshEdition({ ...estyn, cy: { title: 'Arfer orau', url: 'https://www.estyn.llyw.cymru/arfer.pdf' } }, 'cy')?.kind).toBe('document');
  });

  it('gives nothing on English pages, or where the publisher has no Welsh version (Ofsted)', () => {
    expect(welshEdition(estyn, 'en')).toBeUndefined();
    expect(welshEdition({ title: 'Survey', publisher: 'Ofsted' }, 'cy')).toBeUndefined();
  });
});
