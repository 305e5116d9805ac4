import { describe, expect, it } from 'vitest';
import { localiseSource } from '../../src/lib/sources';

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
