// Synthetic content for the scaling bench: extra case studies, recommendations
// and pathways written into a copy of the project, so that it has `factor` times
// as many as the real content. The key areas stay as they are: there are six
// (the schema allows no more) and their items are what everything cites.
//
// The text is real: sentences drawn from the project's own English and Welsh
// pages, so the search index grows as it would with real entries. Every entry
// cites real item numbers; half of the new entries get a draft Welsh version.
// Drawn with a fixed seed, so the same factor always writes the same files.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const COLLECTIONS = ['case-studies', 'recommendations', 'pathways'];

/** A small seeded random number generator (mulberry32), so runs are comparable. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits an MDX file into its frontmatter (parsed) and body. */
function readMdx(path) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1]) ?? {}, body: match[2] } : { data: {}, body: text };
}

function mdxFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

/**
 * The sentences of a locale's MDX bodies, stripped of Markdown and of anything
 * MDX would read as code, so they can be pasted into new files as they are.
 */
function sentences(root, locale) {
  const found = new Set();
  for (const file of mdxFiles(join(root, 'content', locale))) {
    for (let line of readMdx(file).body.split('\n')) {
      line = line.trim().replace(/^[-*]\s+|^\d+\.\s+/, '');
      if (!line || line.startsWith('#') || line.startsWith('>') || line.startsWith('|')) continue;
      line = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
      for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-ZÂÊÎÔÛŴŶ])/)) {
        let s = sentence.trim().replace(/^./, (c) => c.toUpperCase());
        if (s.endsWith(':')) continue;
        s = s.replace(/[;,]+$/, '');
        if (!/[.!?’”]$/.test(s)) s += '.';
        if (s.length >= 40 && s.length <= 320 && !/[<>{}`|#\[\]*_\\]/.test(s)) found.add(s);
      }
    }
  }
  return [...found];
}

/** Every statement and action number of the English key areas, e.g. "1.14", "3.4a". */
function itemNumbers(root) {
  return mdxFiles(join(root, 'content', 'en', 'key-areas')).flatMap((file) => {
    const { data } = readMdx(file);
    return Object.values(data).filter(Array.isArray).flat().map((item) => item?.number).filter(Boolean);
  });
}

const PLACES = {
  first: ['Aber', 'Llan', 'Pen', 'Caer', 'Bryn', 'Cwm', 'Tre', 'Nant', 'Pont', 'Glyn', 'Rhyd', 'Maes', 'Coed', 'Dol', 'Castell', 'Blaen', 'Gwaun', 'Pentre', 'Llys', 'Tal'],
  second: ['gwili', 'dewi', 'fach', 'tawe', 'wen', 'ddu', 'isaf', 'uchaf', 'rhos', 'fawr', 'teifi', 'elli', 'hafod', 'gwyn', 'y-bryn', 'eithin', 'derw', 'celyn', 'onnen', 'mynydd'],
};
const KINDS = [
  { en: 'Primary School', cy: 'Ysgol Gynradd' },
  { en: 'High School', cy: 'Ysgol Uwchradd' },
  { en: 'Community Primary School', cy: 'Ysgol Gynradd Gymunedol' },
  { en: 'local authority', cy: 'Awdurdod lleol' },
  { en: 'school cluster', cy: 'Clwstwr ysgolion' },
];
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
];
const AUDIENCES = [
  { audience: 'schools', en: 'Schools should:', cy: 'Dylai ysgolion:' },
  { audience: 'local-authorities-and-consortia', en: 'Local authorities and regional consortia should:', cy: 'Dylai awdurdodau lleol a chonsortia rhanbarthol:' },
  { audience: 'national', en: 'The Welsh Government should:', cy: 'Dylai Llywodraeth Cymru:' },
];
const HEADINGS = [
  ['Context and background', 'Cyd-destun a chefndir'],
  ['Description of the strategy or activity', 'Disgrifiad o’r strategaeth neu’r gweithgaredd'],
  ['What impact has this work had?', 'Pa effaith y mae’r gwaith hwn wedi’i chael?'],
  ['Next steps', 'Camau nesaf'],
];

/** Writes a file of YAML frontmatter (each value as JSON, which YAML reads) and an MDX body. */
function writeMdx(path, data, body) {
  const lines = Object.entries(data).map(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? `${k}: { ${Object.entries(v).map(([a, b]) => `${a}: ${JSON.stringify(b)}`).join(', ')} }` : `${k}: ${JSON.stringify(v)}`,
  );
  writeFileSync(path, `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`);
}

/**
 * Adds synthetic entries to the project at `root` so that each of the case
 * studies, recommendations and pathways has `factor` times its real number.
 * @returns how many files of each kind were written
 * @example addSyntheticContent('/tmp/copy', 10) // { 'case-studies': 36, …, welsh: 117 }
 */
export function addSyntheticContent(root, factor) {
  const rand = random(factor);
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const one = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, n) => {
    const pool = [...list];
    return Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  };
  const pools = { en: sentences(root, 'en'), cy: sentences(root, 'cy') };
  if (pools.en.length < 20 || pools.cy.length < 20) throw new Error('Too few sentences in content/ to write synthetic entries from.');
  const numbers = itemNumbers(root);
  const stages = (parse(readFileSync(join(root, 'content', 'en', 'continuum.yaml'), 'utf8'))?.stages ?? []).map((s) => s.id);
  const paragraph = (lang, min = 3, max = 5) => Array.from({ length: int(min, max) }, () => one(pools[lang])).join(' ');
  const place = () => `${one(PLACES.first)}${one(PLACES.second)}`;
  const subject = (where, kind) => ({ en: `${where} ${kind.en}`, cy: `${kind.cy} ${where}` });

  const real = Object.fromEntries(COLLECTIONS.map((c) => [c, mdxFiles(join(root, 'content', 'en', c)).length]));
  const written = { 'case-studies': 0, recommendations: 0, pathways: 0, welsh: 0 };
  const feed = [];
  const caseStudySlugs = [];
  for (const collection of COLLECTIONS) {
    for (const locale of ['en', 'cy']) mkdirSync(join(root, 'content', locale, collection), { recursive: true });
  }

  const emit = (collection, index, en, cy) => {
    const slug = `synthetic-${collection.replace(/s$/, '').replace(/ie$/, 'y')}-${String(index + 1).padStart(4, '0')}`;
    writeMdx(join(root, 'content', 'en', collection, `${slug}.mdx`), en.data, en.body);
    written[collection] += 1;
    // Half of the new entries have a draft Welsh version; the rest fall back to English.
    if (index % 2 === 0) {
      writeMdx(join(root, 'content', 'cy', collection, `${slug}.mdx`), { ...en.data, ...cy.data, translation: { status: 'draft' } }, cy.body);
      written.welsh += 1;
    }
    if (collection !== 'pathways') feed.push(`- { id: ${collection}/${slug}, added: 2026-11-23 }`);
    return slug;
  };

  for (let i = 0; i < (factor - 1) * real['case-studies']; i += 1) {
    const [topicEn, topicCy] = one(TOPICS);
    const who = subject(place(), one(KINDS));
    const sections = some(HEADINGS, int(3, 4));
    const body = (lang) =>
      sections.map((h) => `## ${h[lang === 'en' ? 0 : 1]}\n\n${Array.from({ length: int(2, 3) }, () => paragraph(lang)).join('\n\n')}`).join('\n\n');
    caseStudySlugs.push(
      emit(
        'case-studies',
        i,
        {
          data: { title: `${who.en}: ${topicEn}`, summary: paragraph('en', 1, 1), source: 'csc-leadership', subject: who.en, standards: some(numbers, int(3, 8)) },
          body: body('en'),
        },
        { data: { title: `${who.cy}: ${topicCy}`, summary: paragraph('cy', 1, 1), subject: who.cy }, body: body('cy') },
      ),
    );
  }
  for (let i = 0; i < (factor - 1) * real.recommendations; i += 1) {
    const [topicEn, topicCy] = one(TOPICS);
    const to = one(AUDIENCES);
    emit(
      'recommendations',
      i,
      {
        data: {
          title: `Strengthen ${topicEn}`,
          code: `S${i + 1}`,
          source: 'csc-leadership',
          audience: to.audience,
          addressedTo: to.en,
          order: i + 1,
          standards: some(numbers, int(2, 5)),
          ...(caseStudySlugs.length > 0 && i % 3 === 0 ? { caseStudy: one(caseStudySlugs) } : {}),
        },
        body: paragraph('en', 1, 2),
      },
      { data: { title: `Cryfhau ${topicCy}`, addressedTo: to.cy }, body: paragraph('cy', 1, 2) },
    );
  }
  for (let i = 0; i < (factor - 1) * real.pathways; i += 1) {
    const [topicEn, topicCy] = one(TOPICS);
    const role = i % 2 === 0;
    const first = int(0, Math.max(0, stages.length - 3));
    const body = (lang) => Array.from({ length: 3 }, () => paragraph(lang, 2, 4)).join('\n\n');
    emit(
      'pathways',
      i,
      {
        data: {
          title: `${topicEn[0].toUpperCase()}${topicEn.slice(1)} in ${place()}`,
          summary: paragraph('en', 1, 1),
          kind: role ? 'role' : 'topic',
          order: 100 + i,
          stages: role ? stages.slice(first, first + int(1, 3)) : [],
          standards: some(numbers, int(5, 14)),
        },
        body: body('en'),
      },
      { data: { title: `${topicCy[0].toUpperCase()}${topicCy.slice(1)} yn ${place()}`, summary: paragraph('cy', 1, 1) }, body: body('cy') },
    );
  }
  // The news feed needs a date for every case study and recommendation: the list
  // is written out again whole, as a flow list (`[]`) cannot be appended to.
  const feedFile = join(root, 'content', 'feed.yaml');
  if (existsSync(feedFile) && feed.length > 0) {
    const dated = (parse(readFileSync(feedFile, 'utf8')) ?? []).map(
      ({ id, added }) => `- { id: ${id}, added: ${added instanceof Date ? added.toISOString().slice(0, 10) : added} }`,
    );
    writeFileSync(feedFile, `${[...dated, ...feed].join('\n')}\n`);
  }
  return { real, written };
}
