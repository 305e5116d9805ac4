import { describe, expect, it } from 'vitest';
import { mutationKey, mutationsOf, normaliseWelsh } from './welsh-mutations';

/*
 * Each row is a radical and forms of it attested in the standards or in
 * everyday school Welsh. Soft, nasal, aspirate and h-prothesis are all here,
 * as are the g-deletions ("waith", "lân", "allu") that make the classes hard.
 */
const MUTATED: readonly (readonly [radical: string, forms: readonly string[]])[] = [
  // c: soft g, nasal ngh, aspirate ch
  ['cymraeg', ['gymraeg', 'nghymraeg', 'chymraeg']],
  ['Cymru', ['Gymru', 'Nghymru', 'Chymru']],
  ['cynllun', ['gynllun', 'nghynllun', 'chynllun']],
  ['cymuned', ['gymuned', 'nghymuned', 'chymuned']],
  ['cefnogi', ['gefnogi', 'nghefnogi', 'chefnogi']],
  ['cynnwys', ['gynnwys', 'nghynnwys', 'chynnwys']],
  ['cynnal', ['gynnal', 'nghynnal', 'chynnal']],
  ['cyfrifoldeb', ['gyfrifoldeb', 'nghyfrifoldeb', 'chyfrifoldeb']],
  ['cwricwlwm', ['gwricwlwm', 'nghwricwlwm', 'chwricwlwm']],
  ['clir', ['glir', 'nghlir', 'chlir']],
  ['cryfderau', ['gryfderau', 'nghryfderau', 'chryfderau']],
  // p: soft b, nasal mh, aspirate ph
  ['pennaeth', ['bennaeth', 'mhennaeth', 'phennaeth']],
  ['penaethiaid', ['benaethiaid', 'mhenaethiaid', 'phenaethiaid']],
  ['polisi', ['bolisi', 'mholisi', 'pholisi']],
  ['perfformiad', ['berfformiad', 'mherfformiad', 'pherfformiad']],
  ['pob', ['bob', 'mhob', 'phob']],
  ['pawb', ['bawb', 'phawb']],
  ['proffesiynol', ['broffesiynol', 'phroffesiynol']],
  ['pobl', ['bobl', 'mhobl', 'phobl']],
  // t: soft d, nasal nh, aspirate th
  ['tîm', ['dîm', 'nhîm', 'thîm']],
  ['trafod', ['drafod', 'nhrafod', 'thrafod']],
  ['trefnu', ['drefnu', 'nhrefnu', 'threfnu']],
  ['tystiolaeth', ['dystiolaeth', 'nhystiolaeth', 'thystiolaeth']],
  ['targedau', ['dargedau', 'nhargedau', 'thargedau']],
  // b: soft f, nasal m
  ['bwrdd', ['fwrdd', 'mwrdd']],
  ['blwyddyn', ['flwyddyn', 'mlwyddyn']],
  ['blaenoriaethau', ['flaenoriaethau', 'mlaenoriaethau']],
  ['bod', ['fod', 'mod']],
  // d: soft dd, nasal n
  ['disgybl', ['ddisgybl', 'nisgybl']],
  ['disgyblion', ['ddisgyblion', 'nisgyblion']],
  ['datblygu', ['ddatblygu', 'natblygu']],
  ['dysgu', ['ddysgu', 'nysgu']],
  ['dosbarth', ['ddosbarth', 'nosbarth']],
  // g: soft deletes it, nasal ng
  ['gwaith', ['waith', 'ngwaith']],
  ['gweledigaeth', ['weledigaeth', 'ngweledigaeth']],
  ['gwerthuso', ['werthuso', 'ngwerthuso']],
  ['gwella', ['wella', 'ngwella']],
  ['gweithredu', ['weithredu', 'ngweithredu']],
  ['gŵyl', ['ŵyl', 'ngŵyl']],
  ['glân', ['lân', 'nglân']],
  ['grŵp', ['rŵp', 'ngrŵp']],
  ['gallu', ['allu', 'ngallu']],
  ['galluogi', ['alluogi', 'ngalluogi']],
  ['gorau', ['orau', 'ngorau']],
  ['gafael', ['afael', 'ngafael']],
  ['gofalwyr', ['ofalwyr', 'ngofalwyr']],
  ['gosod', ['osod', 'ngosod']],
  ['galwedigaethol', ['alwedigaethol', 'ngalwedigaethol']],
  // ll, rh, m: soft only
  ['llywodraethwyr', ['lywodraethwyr']],
  ['llythrennedd', ['lythrennedd']],
  ['lleol', ['leol']],
  ['llais', ['lais']],
  ['rheoli', ['reoli']],
  ['rhieni', ['rieni']],
  ['rhan', ['ran']],
  ['mam', ['fam']],
  ['meithrin', ['feithrin']],
  ['monitro', ['fonitro']],
  // vowels: h-prothesis
  ['arweinyddiaeth', ['harweinyddiaeth']],
  ['ysgol', ['hysgol']],
  ['addysgu', ['haddysgu']],
  ['athrawon', ['hathrawon']],
  ['amgylchedd', ['hamgylchedd']],
  ['atebolrwydd', ['hatebolrwydd']],
  ['anghenion', ['hanghenion']],
  ['iaith', ['hiaith']],
  ['wyneb', ['hwyneb']],
];

describe('mutationKey', () => {
  it.each(MUTATED)('gives %s and each of its mutated forms one key', (radical, forms) => {
    const key = mutationKey(radical);
    for (const form of forms) expect(mutationKey(form), form).toBe(key);
  });

  it.each(MUTATED)('lists every attested form of %s among mutationsOf', (radical, forms) => {
    expect(mutationsOf(radical)).toEqual(expect.arrayContaining([...forms]));
  });

  it('is unchanged by applying it twice, so normalised text can be normalised again', () => {
    for (const word of MUTATED.flatMap(([radical, forms]) => [radical, ...forms])) {
      expect(mutationKey(mutationKey(word)), word).toBe(mutationKey(word));
    }
  });

  it('keys a radical by its class spelling', () => {
    expect(mutationKey('pennaeth')).toBe('pennaeth');
    expect(mutationKey('Nghymraeg')).toBe('cymraeg');
    expect(mutationKey('waith')).toBe('gwaith');
    expect(mutationKey('harweinyddiaeth')).toBe('arweinyddiaeth');
    expect(mutationKey('datblygu')).toBe('tatblygu');
  });

  it('keeps different classes apart', () => {
    const keys = ['pennaeth', 'tennaeth', 'cennaeth', 'llennaeth', 'rhennaeth', 'ennaeth', 'gwennaeth', 'ffennaeth', 'sennaeth'].map((w) => mutationKey(w));
    expect(new Set(keys).size).toBe(keys.length);
    // The commonest short words stay distinct: C and V are not merged.
    expect(mutationKey('cyn')).not.toBe(mutationKey('yn'));
    expect(mutationKey('ci')).not.toBe(mutationKey('i'));
  });

  it('does not restore a deleted g before a vowel word it does not list (the documented trade-off)', () => {
    expect(mutationKey('ardd')).not.toBe(mutationKey('gardd'));
    // …so an unlisted g+vowel radical is one letter away, within the filter's typo tolerance.
    expect(mutationKey('gardd')).toBe(`c${mutationKey('ardd')}`);
  });

  it('merges a radical h-word with its vowel twin, as a prothetic h cannot be told apart', () => {
    expect(mutationKey('hyn')).toBe(mutationKey('yn'));
    expect(mutationKey('her')).toBe(mutationKey('er'));
  });

  it('never mutates the radical digraphs ch, ff, th, ph as c, f, t, p would', () => {
    expect(mutationKey('ffordd')).toBe('ffordd');
    expect(mutationKey('ffordd')).not.toBe(mutationKey('fordd'));
    expect(mutationKey('chwarae')).toBe(mutationKey('chwarae'.toUpperCase()));
  });

  it('lower-cases, Welsh letters included', () => {
    expect(mutationKey('CYMRAEG')).toBe(mutationKey('cymraeg'));
    expect(mutationKey('NGHYMRAEG')).toBe(mutationKey('cymraeg'));
    expect(mutationKey('LLYWODRAETHWYR')).toBe(mutationKey('lywodraethwyr'));
    expect(mutationKey('Ŵyl')).toBe(mutationKey('gŵyl'));
    expect(mutationKey('TÎM', { foldAccents: false })).toBe('tîm');
  });

  it('folds circumflexes and diaereses by default, and keeps them when asked', () => {
    expect(mutationKey('ysgôl')).toBe(mutationKey('ysgol'));
    expect(mutationKey('polisïau')).toBe(mutationKey('polisiau'));
    expect(mutationKey('thîm')).toBe(mutationKey('tim'));
    expect(mutationKey('ysgôl', { foldAccents: false })).toBe('ysgôl');
    expect(mutationKey('ysgôl', { foldAccents: false })).not.toBe(mutationKey('ysgol', { foldAccents: false }));
    expect(mutationKey('nhîm', { foldAccents: false })).toBe(mutationKey('tîm', { foldAccents: false }));
    expect(mutationKey('ŵyl', { foldAccents: false })).toBe(mutationKey('gŵyl', { foldAccents: false }));
  });

  it('reads decomposed accents as their composed letters', () => {
    const decomposed = 'ysgo\u0302l';
    expect(mutationKey(decomposed, { foldAccents: false })).toBe(mutationKey('ysgôl', { foldAccents: false }));
  });

  it('returns the empty string for the empty string', () => {
    expect(mutationKey('')).toBe('');
    expect(mutationKey('   ')).toBe('');
  });

  it.each(['3.4a', '1.14', '16', '2024', '3ydd'])('leaves %j searchable as it is', (text) => {
    expect(mutationKey(text)).toBe(text);
  });

  it.each(['leadership', 'governors', 'school', 'the', 'phone', 'wellbeing', 'data', 'coaching', 'hello', 'strategy'])('gives the English word %j a key that matches itself in any case', (word) => {
    expect(mutationKey(word)).toBe(mutationKey(word));
    expect(mutationKey(word.toUpperCase())).toBe(mutationKey(word));
    expect(mutationKey(word)).not.toBe('');
  });

  it('drops an attached clitic and keeps other apostrophes out of the key', () => {
    expect(mutationKey('datblygu’r')).toBe(mutationKey('datblygu'));
    expect(mutationKey("datblygu'r")).toBe(mutationKey('datblygu'));
    expect(mutationKey('a’u')).toBe(mutationKey('a'));
    expect(mutationKey('’r')).toBe('');
    expect(mutationKey('’sgol')).toBe(mutationKey('sgol'));
  });
});

describe('normaliseWelsh', () => {
  const words = (text: string): string[] => normaliseWelsh(text).split(' ');

  it.each([
    ['datblygu’r ysgol', 'ysgol'],
    ['datblygu’r ysgol', 'datblygu'],
    ['ein harweinyddiaeth', 'arweinyddiaeth'],
    ['ym mhob ysgol', 'pob'],
    ['ei phennaeth', 'pennaeth'],
    ['yng Nghymru', 'Cymru'],
    ['i’r afael â’r cwricwlwm', 'gafael'],
    ['yn unol â’i weledigaeth', 'gweledigaeth'],
    ['a’i thîm arwain', 'tîm'],
    ['drwy fod yn glir', 'clir'],
  ])('finds the radical in the key of %j (%s)', (phrase, radical) => {
    expect(words(phrase)).toContain(normaliseWelsh(radical));
  });

  it('keys a mutated phrase and its radical phrase alike, word for word', () => {
    expect(normaliseWelsh('yng Nghymru')).toBe(normaliseWelsh('yng Cymru'));
    expect(normaliseWelsh('ei phennaeth a’i benaethiaid')).toBe(normaliseWelsh('ei pennaeth a penaethiaid'));
  });

  it('keeps word order and joins with single spaces', () => {
    expect(normaliseWelsh('  Datblygu’r   ysgol.\nMae’r  disgyblion,  yn dysgu!  ')).toBe('tatblygu ysgol pae tisgyblion yn tysgu');
  });

  it('drops clitics whatever the apostrophe, and never leaves them as words', () => {
    for (const text of ['i’r ysgol', "i'r ysgol", 'iʼr ysgol', 'i‘r ysgol']) expect(normaliseWelsh(text)).toBe('i ysgol');
    expect(normaliseWelsh('sy’n dysgu a’r athrawon i’w disgyblion a’u rhieni')).toBe('sy tysgu a athrawon i tisgyblion a rhieni');
    expect(normaliseWelsh('mae hi ’n dda')).toBe('pae i ta');
  });

  it('keeps other apostrophes inside their word', () => {
    expect(normaliseWelsh('don’t')).toBe(normaliseWelsh("don't"));
    expect(words('don’t')).toHaveLength(1);
  });

  it('keeps item numbers whole', () => {
    expect(normaliseWelsh('Cam gweithredu 3.4a.')).toBe('cam gweithredu 3.4a');
    expect(words('gweler 1.14, 2.3 a 6.9a')).toEqual(['gweler', '1.14', '2.3', 'a', '6.9a']);
  });

  it('splits on hyphens and other non-letters, keying each part', () => {
    expect(normaliseWelsh('cyd-destun')).toBe(normaliseWelsh('gyd-destun'));
    expect(words('cyd-destun')).toHaveLength(2);
  });

  it('is empty for empty or letterless text', () => {
    expect(normaliseWelsh('')).toBe('');
    expect(normaliseWelsh(' – … ! ')).toBe('');
  });

  it('passes the accent option on', () => {
    expect(normaliseWelsh('Ysgôl')).toBe('ysgol');
    expect(normaliseWelsh('Ysgôl', { foldAccents: false })).toBe('ysgôl');
  });

  it('matches English text against itself', () => {
    const text = 'Developing the school’s vision, with governors and staff';
    expect(normaliseWelsh(text)).toBe(normaliseWelsh(text.toUpperCase()));
    expect(words(text)).toHaveLength(8);
  });
});

describe('mutationsOf', () => {
  it('gives the soft, nasal and aspirate forms of a p-word', () => {
    expect(mutationsOf('pennaeth')).toEqual(['bennaeth', 'mhennaeth', 'phennaeth']);
  });

  it.each([
    ['cymraeg', ['gymraeg', 'nghymraeg', 'chymraeg']],
    ['tîm', ['dîm', 'nhîm', 'thîm']],
    ['bwrdd', ['fwrdd', 'mwrdd']],
    ['dysgu', ['ddysgu', 'nysgu']],
    ['gwaith', ['waith', 'ngwaith']],
    ['llais', ['lais']],
    ['rhieni', ['rieni']],
    ['mam', ['fam']],
    ['ysgol', ['hysgol']],
    ['wyneb', ['hwyneb']],
  ])('gives %s exactly %j', (radical, forms) => {
    expect(mutationsOf(radical)).toEqual(forms);
  });

  it('follows the case of the radical', () => {
    expect(mutationsOf('Cymru')).toEqual(['Gymru', 'Nghymru', 'Chymru']);
    expect(mutationsOf('LLYWODRAETH')).toEqual(['LYWODRAETH']);
    expect(mutationsOf('Ysgol')).toEqual(['Hysgol']);
  });

  it.each(['chwarae', 'ffordd', 'theatr', 'ffôn', 'nhw', 'sicrhau', 'staff', 'haf', 'lefel', 'newid'])('gives %s no mutations', (word) => {
    expect(mutationsOf(word)).toEqual([]);
  });

  it.each(['', '3.4a', '16', 'yng Nghymru'])('gives %j no mutations', (text) => {
    expect(mutationsOf(text)).toEqual([]);
  });

  // Built words cover every initial the rules name, not only the ones in the table above.
  const initials = ['p', 't', 'c', 'b', 'd', 'g', 'll', 'm', 'rh', 'pl', 'pr', 'tr', 'br', 'bl', 'dr', 'cl', 'cr', 'cw', 'gl', 'gr', 'gw', 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'â', 'ŵ'];
  const rests = ['ysgol', 'aeth', 'ŵyl', 'wyn', 'ân', 'eol'];
  const built = initials.flatMap((initial) => rests.map((rest) => initial + rest)).filter((word) => !/^g[aeiouy]/.test(word.normalize('NFD')));

  it.each(built)('gives %s forms that all share its key, with and without accent folding', (radical) => {
    const forms = mutationsOf(radical);
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(mutationKey(form), form).toBe(mutationKey(radical));
      expect(mutationKey(form, { foldAccents: false }), form).toBe(mutationKey(radical, { foldAccents: false }));
    }
  });
});

/* Edges a mutation run found untested (npm run test:mutation -- words): each is what a person typing would meet. */
describe('the edges of the keys', () => {
  it('restores the g deleted from the short words it lists: "all", "air", "em" are "gall", "gair", "gêm"', () => {
    expect(mutationKey('all')).toBe(mutationKey('gall'));
    expect(mutationKey('air')).toBe(mutationKey('gair'));
    expect(mutationKey('em')).toBe(mutationKey('gêm'));
    expect(mutationKey('êm', { foldAccents: false })).toBe(mutationKey('gêm', { foldAccents: false }));
  });

  it('drops every attached clitic it lists, the last ones too ("’ch", English "’s")', () => {
    expect(mutationKey('i’ch')).toBe(mutationKey('i'));
    expect(normaliseWelsh('i’ch')).toBe(mutationKey('i'));
    expect(mutationKey('Estyn’s')).toBe(mutationKey('Estyn'));
    expect(mutationKey('a’m')).toBe(mutationKey('a'));
    expect(mutationKey('a’th')).toBe(mutationKey('a'));
  });

  it('removes every elision apostrophe, however many', () => {
    expect(mutationKey('’sgol’ion')).toBe(mutationKey('sgolion'));
  });

  it('keeps a lone consonant as itself ("h", "g"), with nothing after it to read', () => {
    expect(mutationKey('h')).toBe('h');
    expect(mutationKey('H')).toBe('h');
    expect(mutationKey('g')).toBe('c');
  });

  it('only lower-cases a word with a digit in it, whatever letter it starts with', () => {
    expect(mutationKey('G7')).toBe('g7');
    expect(mutationKey('B12')).toBe('b12');
  });

  it('keeps every number whole: digits together, and dotted numbers of any depth', () => {
    expect(normaliseWelsh('16')).toBe('16');
    expect(normaliseWelsh('1.2.3')).toBe('1.2.3');
  });
});

describe('the edges of the forms', () => {
  it('trims the radical first', () => {
    expect(mutationsOf('  pennaeth ')).toEqual(['bennaeth', 'mhennaeth', 'phennaeth']);
  });

  it('gives no empty form: a lone "g" softens to nothing, which is not a word', () => {
    expect(mutationsOf('g')).toEqual(['ng']);
  });

  it('capitalises only the first letter of a one-letter capital radical', () => {
    expect(mutationsOf('G')).toEqual(['Ng']);
    expect(mutationsOf('P')).toEqual(['B', 'Mh', 'Ph']);
  });
});
