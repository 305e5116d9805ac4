import type { Locale } from '../locales/locales';
import { queryWords, type SearchWord } from './words';

/*
 * What staff call a role, and what the standards and pages call it. People
 * search by their job ("deputy head", "head of department", "dirprwy
 * bennaeth"); the standards speak of senior and middle leaders, the
 * headteacher, induction, the LA. Both the filter and site search also search
 * for a query with such a phrase put in the content's own words, and list what
 * either finds.
 *
 * Reviewed by hand: each entry names only a role (or a group of people) and the
 * words the content itself uses for it; never a topic, so a query about
 * something else is never rewritten. Phrases are compared word by word after
 * the shared reduction (src/lib/search-words/words.ts), so plurals, mutations and
 * stop words do not matter ("deputy heads", "ddirprwy bennaeth", "head of the
 * department").
 */

interface RoleWords {
  /** What people type. */
  said: readonly string[];
  /** The content's words for it. */
  means: string;
}

export const ROLE_WORDS: Readonly<Record<Locale, readonly RoleWords[]>> = {
  en: [
    // The "Senior leaders" pathway and the continuum's Future Senior Leader stage.
    {
      said: ['deputy head', 'deputy headteacher', 'deputy head teacher', 'assistant head', 'assistant headteacher', 'assistant head teacher', 'SLT', 'SMT', 'senior management team'],
      means: 'senior leaders',
    },
    // The "Middle leaders" pathway and the continuum's Aspiring TLR holder and Future Middle Leader stages.
    { said: ['head of department', 'head of year', 'head of subject', 'subject leader', 'department head', 'TLR holder'], means: 'middle leaders' },
    { said: ['head', 'head teacher', 'principal'], means: 'headteacher' },
    // Action 3.7a: "staff induction, early and continuous professional development".
    { said: ['newly qualified teacher', 'NQT', 'early career teacher', 'ECT', 'beginning teacher'], means: 'induction' },
    // Action 3.6a: "the training of future teachers".
    { said: ['trainee teacher', 'student teacher', 'initial teacher education', 'initial teacher training'], means: 'training of future teachers' },
    // Action 3.4a: "develops and nurtures leadership potential in others".
    { said: ['aspiring leader', 'future leader', 'emerging leader'], means: 'leadership potential' },
    // The standards write "LA" (4.8a, 5.2, 5.4, 6.8a).
    { said: ['local authority', 'local education authority', 'LEA'], means: 'LA' },
    { said: ['carers'], means: 'parents' },
  ],
  cy: [
    { said: ['dirprwy bennaeth', 'dirprwy brifathro', 'dirprwy brifathrawes', 'pennaeth cynorthwyol', 'uwch dîm arwain', 'uwch dîm rheoli'], means: 'uwch arweinwyr' },
    { said: ['pennaeth adran', 'pennaeth blwyddyn', 'pennaeth pwnc', 'arweinydd pwnc', 'arweinydd adran'], means: 'arweinwyr canol' },
    { said: ['prifathro', 'prifathrawes', 'prifathrawon'], means: 'pennaeth' },
    // Cam gweithredu 3.7a: "sefydlu staff, datblygiad proffesiynol cynnar" ("sefydlu" alone is also "establish").
    {
      said: ['athrawon newydd gymhwyso', 'athro newydd gymhwyso', 'athrawes newydd gymhwyso', 'ANG', 'athrawon gyrfa gynnar', 'athrawon ar ddechrau eu gyrfa'],
      means: 'datblygiad proffesiynol cynnar',
    },
    // Cam gweithredu 3.6a: "hyfforddi athrawon y dyfodol".
    { said: ['athrawon dan hyfforddiant', 'athro dan hyfforddiant', 'myfyrwyr addysgu', 'hyfforddiant cychwynnol athrawon', 'addysg gychwynnol athrawon'], means: 'hyfforddi athrawon y dyfodol' },
    // Cam gweithredu 3.4a: "potensial arwain pobl eraill".
    { said: ['darpar arweinwyr', 'darpar arweinydd', 'arweinwyr y dyfodol'], means: 'potensial arwain' },
    { said: ['gofalwyr'], means: 'rhieni' },
  ],
};

/** How a word is compared: its stem, or its form for a word with none. */
const key = (word: SearchWord) => word.stem || word.form;

interface Phrase {
  keys: string[];
  means: string;
}

const phrases = new Map<Locale, Phrase[]>();

/** Each language's phrases as reduced words, longest first so "head of department" wins over "head". */
function phrasesOf(locale: Locale): Phrase[] {
  let list = phrases.get(locale);
  if (!list) {
    list = ROLE_WORDS[locale].flatMap(({ said, means }) => said.map((text) => ({ keys: queryWords(text, locale, 16).map(key), means })));
    list.sort((a, b) => b.keys.length - a.keys.length);
    phrases.set(locale, list);
  }
  return list;
}

/**
 * The query with every role phrase put in the content's words, or undefined
 * when it has none.
 * @example roleWordsQuery('deputy heads', 'en') // 'senior leaders'
 * @example roleWordsQuery('dirprwy bennaeth a llesiant', 'cy') // 'uwch arweinwyr llesiant'
 */
export function roleWordsQuery(query: string, locale: Locale): string | undefined {
  const words = queryWords(query, locale, 16);
  const keys = words.map(key);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length;) {
    const phrase = phrasesOf(locale).find((p) => p.keys.length > 0 && p.keys.every((k, j) => keys[i + j] === k));
    if (phrase) {
      out.push(phrase.means);
      i += phrase.keys.length;
      changed = true;
    } else {
      out.push(words[i]!.text);
      i += 1;
    }
  }
  return changed ? out.join(' ') : undefined;
}
