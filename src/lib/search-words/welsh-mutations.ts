/**
 * Welsh initial mutations, folded away for search.
 *
 * Welsh changes the first sound of a word after certain words: "Cymru" is also
 * "Gymru", "Nghymru" and "Chymru"; "ysgol" is also "hysgol". A person searching
 * for "pennaeth" should find "ei phennaeth" and "ym mhennaeth". This module maps
 * every word to a key, used on both the indexed text and the query, so that a
 * radical and each of its mutated forms give the same key.
 *
 * How the classes are chosen
 * --------------------------
 * A word's key is a class marker for its initial followed by the rest of the
 * word. Mutation only rewrites the initial and leaves the rest alone, so the
 * key survives mutation exactly when every initial that a mutation can link
 * gets the same marker. Because the text never says which form is the
 * radical ("b" is soft "p" but also a radical that becomes "f" and "m"), the
 * classes have to be whole connected groups of the "mutates to" relation,
 * not one class per radical:
 *
 * - P `{p, b, f, m, mh, ph}`: p→b/mh/ph, b→f/m and m→f chain together.
 *   "ff" is a separate radical that never mutates, so it keeps its own key.
 * - T `{t, d, dd, n, nh, th}`: t→d/nh/th and d→dd/n. Radical "n" words
 *   ("newid", "nhw") share the class; they collide, they are never lost.
 * - C `{c, g, ch, ng, ngh}` before a vowel or any consonant not named below.
 * - L `{ll, l}` plus `{gl, cl, chl, ngl, nghl}`; R `{rh, r}` plus
 *   `{gr, cr, chr, ngr, nghr}`; W `{w, gw, cw, chw, ngw, nghw, hw}`.
 *   Soft mutation deletes "g" ("glân"→"lân", "grŵp"→"rŵp", "gwaith"→"waith"),
 *   which links g+l to l, g+r to r and g+w to w; and "c"+l/r/w softens to
 *   "g"+l/r/w, so the c-clusters must follow. Keying a c- or g-cluster by the
 *   consonant after it keeps that chain closed without merging all of C into
 *   L, R or W. W-initial words ("wrth", "wyth") key as gw-words: w is the
 *   commonest letter after a deleted g, and a radical w-word with
 *   h-prothesis ("hwyth") lands there too once the h is dropped.
 * - V (vowel-initial words, with or without a prothetic h): the key is the
 *   word without the h. Radical h-words ("hanes", "hyder") lose their h too,
 *   since an h before a vowel may always be prothetic.
 *
 * The trade-off: "g" before a vowel
 * ---------------------------------
 * Soft "gardd" is "ardd", so strictly C (which holds g) and V would have to be
 * one class. That class would hold every word beginning with c, g, ch, h or a
 * vowel, a large share of the language, and would merge "yn", "hyn" and "cyn",
 * "i", "hi" and "ci", "hawl" and "cawl"; worse, the filter matches keys by
 * prefix, so a half-typed "cym" would also find "ymarfer" and "ymchwil". We
 * keep C and V apart and instead restore the "g" of the g+vowel radicals that
 * the standards and everyday school Welsh use ("allu" ← "gallu", "afael" ←
 * "gafael", "orau" ← "gorau"): a vowel-initial word beginning with one of
 * those stems keys as a C word. A g+vowel word missing from the list ("ardd"
 * for "gardd") keys apart from its radical, one letter short of it, a gap the
 * filter's typo tolerance still bridges.
 */

/** How a key is built; `foldAccents` is on unless set to false. */
interface KeyOptions {
  /**
   * Folds circumflexes, diaereses and other accents to the plain letter, so
   * "ysgôl" finds "ysgol" and "polisïau" finds "polisiau". Off, the key keeps
   * "ŵ", "â" and the rest, for a caller that needs the exact spelling.
   */
  readonly foldAccents?: boolean;
}

type OnsetClass = 'P' | 'T' | 'C' | 'L' | 'R' | 'KEEP';

/** The spelling each class is keyed by: its most common radical initial. */
const MARKER: Readonly<Record<Exclude<OnsetClass, 'KEEP'>, string>> = { P: 'p', T: 't', C: 'c', L: 'll', R: 'rh' };

// Longest first, so "ngh" is read before "ng" and "n", "ll" before "l", "ff" before "f".
const ONSETS: readonly (readonly [onset: string, cls: OnsetClass])[] = (
  [
    ['ngh', 'C'],
    ['ng', 'C'],
    ['ch', 'C'],
    ['c', 'C'],
    ['g', 'C'],
    ['ff', 'KEEP'],
    ['mh', 'P'],
    ['ph', 'P'],
    ['p', 'P'],
    ['b', 'P'],
    ['m', 'P'],
    ['f', 'P'],
    ['nh', 'T'],
    ['th', 'T'],
    ['dd', 'T'],
    ['d', 'T'],
    ['t', 'T'],
    ['n', 'T'],
    ['ll', 'L'],
    ['l', 'L'],
    ['rh', 'R'],
    ['r', 'R'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Vowel-initial beginnings that are, in practice, a g+vowel radical whose g
 * soft mutation deleted ("i allu", "mynd i'r afael", "arfer orau"). Matched as
 * the start of the word so inflected forms come too ("alluogi", "ofalu").
 * Each is long enough not to catch common vowel radicals.
 */
const G_DELETED_STEMS: readonly string[] = [
  'adael', // gadael
  'afael', // gafael
  'allu', // gallu, galluog, galluogi
  'alw', // galw, galwad, galwedigaethol
  'eiriau', // geiriau
  'obaith', // gobaith
  'obeith', // gobeithio, gobeithion
  'ofal', // gofal, gofalu, gofalus
  'ofyn', // gofyn, gofynion, gofynnol
  'olwg', // golwg
  'olyg', // golygu, golygfa
  'orau', // gorau
  'orffen', // gorffen
  'orfod', // gorfod
  'oruchwyl', // goruchwylio, goruchwyliaeth
  'osod', // gosod, gosodiad
  'yrfa', // gyrfa, gyrfaoedd
];

/** Whole words for g+vowel radicals too short to list as a stem without catching others. */
const G_DELETED_WORDS: ReadonlySet<string> = new Set(['all' /* gall */, 'air' /* gair */, 'em' /* gêm */]);

const VOWELS = 'aeiouwy';

/** Attached clitics: the article 'r, the pronouns 'i, 'w, 'u, 'm, 'th, 'ch, 'n, and English 's. */
const CLITICS: ReadonlySet<string> = new Set(['r', 'n', 'i', 'w', 'u', 'm', 'th', 'ch', 's']);

/** Every apostrophe a keyboard or word processor produces, including the modifier letter ʼ. */
const APOSTROPHES = /[’'ʼ‘`´]/gu;

/**
 * A number with its dots and a trailing letter ("3.4a", "1.14", "16"), else a
 * word, with any apostrophes inside it (resolved afterwards).
 */
const TOKEN = /\p{N}+(?:\.\p{N}+)*[\p{L}\p{M}]*|'?[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;

function lowerWelsh(text: string, foldAccents: boolean): string {
  const lower = text.normalize('NFC').toLowerCase();
  return foldAccents
    ? lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC')
    : lower.normalize('NFC');
}

/** The letter under any accent, so "ŵ" counts as "w" and "â" as a vowel. */
function base(char: string | undefined): string {
  return char === undefined ? '' : (char.normalize('NFD')[0] ?? '');
}

function isVowel(char: string | undefined): boolean {
  const letter = base(char);
  return letter !== '' && VOWELS.includes(letter);
}

function restoresDeletedG(rest: string): boolean {
  const plain = lowerWelsh(rest, true);
  return G_DELETED_WORDS.has(plain) || G_DELETED_STEMS.some((stem) => plain.startsWith(stem));
}

/** The key of a c/g-family initial, which depends on the consonant after it (see the classes above). */
function keyAfterVelar(rest: string): string {
  const next = base(rest[0]);
  if (next === 'l') return MARKER.L + rest.slice(1);
  if (next === 'r') return MARKER.R + rest.slice(1);
  if (next === 'w') return `g${rest}`;
  return MARKER.C + rest;
}

/** The key of a word that starts with a vowel once any prothetic h is dropped. */
function keyOfVowelWord(rest: string): string {
  if (base(rest[0]) === 'w') return `g${rest}`;
  if (restoresDeletedG(rest)) return MARKER.C + rest;
  return rest;
}

/**
 * The search key of one word: lower case, accents folded (unless
 * `foldAccents: false`), and the initial replaced by its mutation class, so a
 * radical and every mutated form of it share one key. Words with a digit
 * ("3.4a") are only lower-cased. An attached clitic ("datblygu’r") is dropped;
 * other apostrophes are removed ("don’t" → "dont").
 * Different words may share a key; the filter ranks, it does not decide.
 * @example mutationKey('Nghymraeg') === mutationKey('cymraeg') // true; both 'cymraeg'
 * @example mutationKey('phennaeth') // 'pennaeth'
 * @example mutationKey('ysgôl') // 'ysgol'
 */
export function mutationKey(word: string, options: KeyOptions = {}): string {
  const lower = lowerWelsh(word.trim(), options.foldAccents ?? true).replace(APOSTROPHES, "'");
  const [head = '', ...tail] = lower.split("'");
  // A clitic is a word of its own ("datblygu'r" is "datblygu yr"), too short
  // to search for; any other apostrophe marks an elision inside the word ("’sgol", "don't").
  const plain = head + tail.filter((part) => !CLITICS.has(part)).join('');
  if (plain === '' || /\p{N}/u.test(plain)) return plain;

  if (plain[0] === 'h' && isVowel(plain[1])) return keyOfVowelWord(plain.slice(1));
  if (isVowel(plain[0])) return keyOfVowelWord(plain);

  const match = ONSETS.find(([onset]) => plain.startsWith(onset));
  if (!match) return plain;
  const [onset, cls] = match;
  if (cls === 'KEEP') return plain;
  const rest = plain.slice(onset.length);
  return cls === 'C' ? keyAfterVelar(rest) : MARKER[cls] + rest;
}

/**
 * Splits a text into words and joins their mutation keys with single spaces,
 * in order. Apostrophes stay inside a word, so a clitic is dropped with it
 * ("i’r" → "i", "datblygu’r" → "datblygu", a lone "’n" → nothing) rather than
 * left as a stray "r" or "n". Numbers such as "3.4a" pass through as they are.
 * @example normaliseWelsh('yng Nghymru') // 'yng cymru'
 * @example normaliseWelsh('Datblygu’r ysgol.') // 'tatblygu ysgol'
 */
export function normaliseWelsh(text: string, options: KeyOptions = {}): string {
  const words = text.normalize('NFC').replace(APOSTROPHES, "'").match(TOKEN) ?? [];
  return words
    .map((word) => mutationKey(word, options))
    .filter((key) => key !== '')
    .join(' ');
}

type Mutation = readonly [radical: string, forms: readonly string[]];

// Soft, nasal, aspirate, in that order. Digraphs that are radicals in their own
// right ("ch", "ff", "th") never mutate, and must not be read as c, f or t.
const MUTATIONS: readonly Mutation[] = (
  [
    ['ch', []],
    ['dd', []],
    ['ff', []],
    ['mh', []],
    ['ng', []],
    ['nh', []],
    ['ph', []],
    ['th', []],
    ['ll', ['l']],
    ['rh', ['r']],
    ['p', ['b', 'mh', 'ph']],
    ['t', ['d', 'nh', 'th']],
    ['c', ['g', 'ngh', 'ch']],
    ['b', ['f', 'm']],
    ['d', ['dd', 'n']],
    ['g', ['', 'ng']],
    ['m', ['f']],
  ] as const satisfies readonly Mutation[]
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

function matchCase(form: string, model: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return form.toUpperCase();
  const first = model[0];
  if (first !== undefined && first !== first.toLowerCase()) return (form[0] ?? '').toUpperCase() + form.slice(1);
  return form;
}

/**
 * The forms a radical takes under soft, nasal and aspirate mutation and
 * h-prothesis, where each applies, in that order; the radical itself is not
 * included. Case follows the radical's; accents are kept.
 * @example mutationsOf('pennaeth') // ['bennaeth', 'mhennaeth', 'phennaeth']
 * @example mutationsOf('gwaith') // ['waith', 'ngwaith']
 * @example mutationsOf('ysgol') // ['hysgol']
 */
export function mutationsOf(radical: string): string[] {
  const original = radical.trim().normalize('NFC');
  const word = original.toLowerCase();
  if (word === '' || /[^\p{L}\p{M}]/u.test(word)) return [];
  let forms: string[];
  if (isVowel(word[0])) {
    forms = [`h${word}`];
  } else {
    const rule = MUTATIONS.find(([initial]) => word.startsWith(initial));
    const rest = word.slice(rule?.[0].length ?? 0);
    forms = rule ? rule[1].map((initial) => initial + rest) : [];
  }
  return [...new Set(forms.filter((form) => form !== '' && form !== word))].map((form) => matchCase(form, original));
}
