// Synthetic content for the scaling bench: extra case studies, recommendations
// and pathways written into a copy of the project, so that it has `factor` times
// as many as the real content. The key areas stay as they are: there are six
// (the schema allows no more) and their items are what everything cites.
//
// The text is real: sentences drawn from the project's own English and Welsh
// pages, so the search index grows as it would with real entries. Every entry
// cites real item numbers; half of the new entries get a draft Welsh version.
// Drawn with a fixed seed, so the same factor always writes the same files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, splitEntryId, type ContentEntry } from '../src/lib/content/reader';
import { FEED_DATES_FILE, parseFeedDates } from '../src/lib/content/feed-dates';
import { GROUPS } from '../src/lib/content/standards';

/** The collections that grow, by folder, and their collection in the registry. */
const COLLECTIONS = { 'case-studies': 'caseStudies', recommendations: 'recommendations', pathways: 'pathways' } as const;
type Folder = keyof typeof COLLECTIONS;
const FOLDERS = Object.keys(COLLECTIONS) as Folder[];

/** A small seeded random number generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const localeOf = (entry: ContentEntry) => splitEntryId(entry.id).locale;

/**
 * The sentences of a locale's MDX bodies, stripped of Markdown and of anything
 * MDX would read as code, so they can be pasted into new files as they are.
 */
function sentences(entries: ContentEntry[], locale: string): string[] {
  const found = new Set<string>();
  for (const entry of entries.filter((e) => localeOf(e) === locale && e.body)) {
    for (let line of entry.body!.split('\n')) {
      line = line.trim().replace(/^[-*]\s+|^\d+\.\s+/, '');
      if (!line || line.startsWith('#') || line.startsWith('>') || line.startsWith('|')) continue;
      line = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
      for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-ZÂÊÎÔÛŴŶ])/)) {
        let s = sentence.trim().replace(/^./, (c) => c.toUpperCase());
        if (s.endsWith(':')) continue;
        s = s.replace(/[;,]+$/, '');
        if (!/[.!?’”]$/.test(s)) s += '.';
        if (s.length >= 40 && s.length <= 320 && !/[<>{}`|#[\]*_\\]/.test(s)) found.add(s);
      }
    }
  }
  return [...found];
}

/** Every statement and action number of the English key areas, e.g. "1.14", "3.4a". */
function itemNumbers(entries: ContentEntry[]): string[] {
  return entries
    .filter((e) => e.collection === 'keyAreas' && localeOf(e) === 'en')
    .flatMap((e) => GROUPS.flatMap((group) => ((e.data[group] ?? []) as { number: string }[]).map((item) => item.number)));
}

const PLACES = {
  first: ['Aber', 'Llan', 'Pen', 'Caer', 'Bryn', 'Cwm', 'Tre', 'Nant', 'Pont', 'Glyn', 'Rhyd', 'Maes', 'Coed', 'Dol', 'Castell', 'Blaen', 'Gwaun', 'Pentre', 'Llys', 'Tal'],
  second: ['gwili', 'dewi', 'fach', 'tawe', 'wen', 'ddu', 'isaf', 'uchaf', 'rhos', 'fawr', 'teifi', 'elli', 'hafod', 'gwyn', 'y-bryn', 'eithin', 'derw', 'celyn', 'onnen', 'mynydd'],
} as const;
const KINDS = [
  { en: 'Primary School', cy: 'Ysgol Gynradd' },
  { en: 'High School', cy: 'Ysgol Uwchradd' },
  { en: 'Community Primary School', cy: 'Ysgol Gynradd Gymunedol' },
  { en: 'local authority', cy: 'Awdurdod lleol' },
  { en: 'school cluster', cy: 'Clwstwr ysgolion' },
] as const;
const TOPICS = [
  ['growing future leaders', 'datblygu arweinwyr y dyfodol'],
  ['coaching and mentoring', 'hyfforddi a mentora'],
  ['self-evaluation that leads to improvement', 'hunanwerthuso sy’n arwain at wella'],
  ['working with governors', 'gweithio gyda llywodraethwyr'],
  ['distributed leadership', 'arweinyddiaeth ddosbarthedig'],
  ['partnerships between schools', 'partneriaethau rhwng ysgolion'],
  ['professional learning for all staff', 'dysgu proffesiynol i’r holl staff'],
  ['engaging parents and the community', 'ymgysylltu â rhieni a’r gymuned'],
  ['curriculum and assessment', 'cwricwlwm ac asesu'],
  ['succession planning', 'cynllunio olyniaeth'],
] as const;
const AUDIENCES = [
  { audience: 'schools', en: 'Schools should:', cy: 'Dylai ysgolion:' },
  { audience: 'local-authorities-and-consortia', en: 'Local authorities and regional consortia should:', cy: 'Dylai awdurdodau lleol a chonsortia rhanbarthol:' },
  { audience: 'national', en: 'The Welsh Government should:', cy: 'Dylai Llywodraeth Cymru:' },
] as const;
const HEADINGS = [
  ['Context and background', 'Cyd-destun a chefndir'],
  ['Description of the strategy or activity', 'Disgrifiad o’r strategaeth neu’r gweithgaredd'],
  ['What impact has this work had?', 'Pa effaith y mae’r gwaith hwn wedi’i chael?'],
  ['Next steps', 'Camau nesaf'],
] as const;

type Data = Record<string, unknown>;
type Lang = 'en' | 'cy';
interface Version {
  data: Data;
  body: string;
}

/** Writes a file of YAML frontmatter (each value as JSON, which YAML reads) and an MDX body. */
function writeMdx(path: string, data: Data, body: string): void {
  const lines = Object.entries(data).map(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? `${k}: { ${Object.entries(v)
          .map(([a, b]) => `${a}: ${JSON.stringify(b)}`)
          .join(', ')} }`
      : `${k}: ${JSON.stringify(v)}`,
  );
  writeFileSync(path, `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`);
}

/** The random choices and real material that every synthetic entry is drawn from. */
function drawing(root: string, factor: number) {
  const { entries } = readContent(root);
  const rand = random(factor);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const one = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => {
    const pool = [...list];
    return Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  };
  const pools = { en: sentences(entries, 'en'), cy: sentences(entries, 'cy') };
  if (pools.en.length < 20 || pools.cy.length < 20) throw new Error('Too few sentences in content/ to write synthetic entries from.');
  const continuum = entries.find((e) => e.collection === 'continuum' && localeOf(e) === 'en');
  return {
    int,
    one,
    some,
    numbers: itemNumbers(entries),
    stages: ((continuum?.data.stages ?? []) as { id: string }[]).map((s) => s.id),
    real: Object.fromEntries(FOLDERS.map((f) => [f, entries.filter((e) => e.collection === COLLECTIONS[f] && localeOf(e) === 'en').length])) as Record<Folder, number>,
    paragraph: (lang: Lang, min = 3, max = 5) => Array.from({ length: int(min, max) }, () => one(pools[lang])).join(' '),
    place: () => `${one(PLACES.first)}${one(PLACES.second)}`,
  };
}
type Drawing = ReturnType<typeof drawing>;

function caseStudy(d: Drawing): { en: Version; cy: Version } {
  const [topicEn, topicCy] = d.one(TOPICS);
  const where = d.place();
  const kind = d.one(KINDS);
  const who = { en: `${where} ${kind.en}`, cy: `${kind.cy} ${where}` };
  const sections = d.some(HEADINGS, d.int(3, 4));
  const body = (lang: Lang) => sections.map((h) => `## ${h[lang === 'en' ? 0 : 1]}\n\n${Array.from({ length: d.int(2, 3) }, () => d.paragraph(lang)).join('\n\n')}`).join('\n\n');
  return {
    en: { data: { title: `${who.en}: ${topicEn}`, summary: d.paragraph('en', 1, 1), source: 'csc-leadership', subject: who.en, standards: d.some(d.numbers, d.int(3, 8)) }, body: body('en') },
    cy: { data: { title: `${who.cy}: ${topicCy}`, summary: d.paragraph('cy', 1, 1), subject: who.cy }, body: body('cy') },
  };
}

function recommendation(d: Drawing, i: number, caseStudies: string[]): { en: Version; cy: Version } {
  const [topicEn, topicCy] = d.one(TOPICS);
  const to = d.one(AUDIENCES);
  const data = {
    title: `Strengthen ${topicEn}`,
    code: `S${i + 1}`,
    source: 'csc-leadership',
    audience: to.audience,
    addressedTo: to.en,
    order: i + 1,
    standards: d.some(d.numbers, d.int(2, 5)),
    ...(caseStudies.length > 0 && i % 3 === 0 ? { caseStudy: d.one(caseStudies) } : {}),
  };
  return { en: { data, body: d.paragraph('en', 1, 2) }, cy: { data: { title: `Cryfhau ${topicCy}`, addressedTo: to.cy }, body: d.paragraph('cy', 1, 2) } };
}

function pathway(d: Drawing, i: number): { en: Version; cy: Version } {
  const [topicEn, topicCy] = d.one(TOPICS);
  const role = i % 2 === 0;
  const first = d.int(0, Math.max(0, d.stages.length - 3));
  const body = (lang: Lang) => Array.from({ length: 3 }, () => d.paragraph(lang, 2, 4)).join('\n\n');
  const capital = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  const data = {
    title: `${capital(topicEn)} in ${d.place()}`,
    summary: d.paragraph('en', 1, 1),
    kind: role ? 'role' : 'topic',
    order: 100 + i,
    stages: role ? d.stages.slice(first, first + d.int(1, 3)) : [],
    standards: d.some(d.numbers, d.int(5, 14)),
  };
  return { en: { data, body: body('en') }, cy: { data: { title: `${capital(topicCy)} yn ${d.place()}`, summary: d.paragraph('cy', 1, 1) }, body: body('cy') } };
}

/**
 * Adds the feed dates of new case studies and recommendations to content/feed.yaml,
 * written out again whole, as a flow list (`[]`) cannot be appended to.
 */
function addFeedDates(root: string, ids: string[]): void {
  const file = join(root, FEED_DATES_FILE);
  if (!existsSync(file) || ids.length === 0) return;
  const { dates } = parseFeedDates(readFileSync(file, 'utf8'));
  const line = (id: string, added: string) => `- { id: ${id}, added: ${added} }`;
  const lines = [...[...dates].map(([id, date]) => line(id, date.toISOString().slice(0, 10))), ...ids.map((id) => line(id, '2026-11-23'))];
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Adds synthetic entries to the project at `root` so that each of the case
 * studies, recommendations and pathways has `factor` times its real number.
 * @returns how many there were, and how many files of each kind were written
 * @example addSyntheticContent('/tmp/copy', 10).written // { 'case-studies': 36, …, welsh: 117 }
 */
export function addSyntheticContent(root: string, factor: number) {
  const d = drawing(root, factor);
  const written = { 'case-studies': 0, recommendations: 0, pathways: 0, welsh: 0 };
  const feed: string[] = [];
  const caseStudies: string[] = [];
  const emit = (folder: Folder, index: number, { en, cy }: { en: Version; cy: Version }) => {
    const slug = `synthetic-${folder.replace(/s$/, '').replace(/ie$/, 'y')}-${String(index + 1).padStart(4, '0')}`;
    for (const locale of ['en', 'cy']) mkdirSync(join(root, 'content', locale, folder), { recursive: true });
    writeMdx(join(root, 'content', 'en', folder, `${slug}.mdx`), en.data, en.body);
    written[folder] += 1;
    // Half of the new entries have a draft Welsh version; the rest fall back to English.
    if (index % 2 === 0) {
      writeMdx(join(root, 'content', 'cy', folder, `${slug}.mdx`), { ...en.data, ...cy.data, translation: { status: 'draft' } }, cy.body);
      written.welsh += 1;
    }
    if (folder !== 'pathways') feed.push(`${folder}/${slug}`);
    return slug;
  };
  for (let i = 0; i < (factor - 1) * d.real['case-studies']; i += 1) caseStudies.push(emit('case-studies', i, caseStudy(d)));
  for (let i = 0; i < (factor - 1) * d.real.recommendations; i += 1) emit('recommendations', i, recommendation(d, i, caseStudies));
  for (let i = 0; i < (factor - 1) * d.real.pathways; i += 1) emit('pathways', i, pathway(d, i));
  addFeedDates(root, feed);
  return { real: d.real, written };
}
