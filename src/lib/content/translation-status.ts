/*
 * Which entries have a Welsh version, and whether it is still a translation of
 * the English as it stands. A translation records `englishHash`, the hash of the
 * English file it was made from; when the English file changes, the hashes
 * differ and the translation is out of date.
 */

export type TranslationState = 'reviewed' | 'draft' | 'missing' | 'outdated';

export interface TranslationInput {
  collection: string;
  slug: string;
  /** The English file's text, exactly as on disk. */
  englishText: string;
  /** The translation's frontmatter `translation` field; undefined when there is no translated file. */
  translation?: { status: 'draft' | 'reviewed'; englishHash?: string | undefined; reviewedBy?: string | undefined; reviewedOn?: Date | string | undefined } | undefined;
  /** True when a translated file exists (even with no `translation` field). */
  translated: boolean;
}

export interface TranslationRow {
  collection: string;
  slug: string;
  state: TranslationState;
  /** The hash of the English as it stands: what a new or refreshed translation records. */
  englishHash: string;
  /** Who signed the translation off, and when (YYYY-MM-DD), once it is reviewed. */
  reviewedBy?: string | undefined;
  reviewedOn?: string | undefined;
}

/** A sign-off date as YYYY-MM-DD, whether the frontmatter reader gave a Date or the text. */
function isoDay(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** A short, stable hash of a file's text (FNV-1a, 64-bit, hex); line endings do not count. */
export function hashText(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text.replace(/\r\n/g, '\n'))) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The state of one entry's translation.
 * @example translationState({ collection: 'pages', slug: 'about', englishText: 'x', translated: false }).state // 'missing'
 */
export function translationState(input: TranslationInput): TranslationRow {
  const englishHash = hashText(input.englishText);
  const base = { collection: input.collection, slug: input.slug, englishHash };
  if (!input.translated) return { ...base, state: 'missing' };
  const recorded = input.translation?.englishHash;
  const signOff = input.translation?.status === 'reviewed' ? { reviewedBy: input.translation.reviewedBy, reviewedOn: isoDay(input.translation.reviewedOn) } : {};
  if (recorded && recorded !== englishHash) return { ...base, ...signOff, state: 'outdated' };
  return { ...base, ...signOff, state: input.translation?.status === 'reviewed' ? 'reviewed' : 'draft' };
}

/** Counts of each state per collection, in the order the rows come. */
export function summarise(rows: TranslationRow[]): Map<string, Record<TranslationState, number>> {
  const summary = new Map<string, Record<TranslationState, number>>();
  for (const row of rows) {
    const counts = summary.get(row.collection) ?? { reviewed: 0, draft: 0, missing: 0, outdated: 0 };
    counts[row.state] += 1;
    summary.set(row.collection, counts);
  }
  return summary;
}
