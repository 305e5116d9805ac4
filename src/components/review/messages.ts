import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import type { Message } from '../../i18n/messages';
import type { Locale } from '../../lib/locales';
import type { ReviewMessageKey } from './page-data';

/*
 * Which of the review's messages its script needs. The page's own markup
 * carries the rest (headings, labels, hints, the templates' text), so they are
 * not sent twice. A unit test checks that every key the scripts use is sent.
 */

/** Messages only the server-rendered markup uses: keys, or prefixes ending in `.`. */
export const MARKUP_ONLY = [
  'review.title',
  'review.description',
  'review.lead',
  'review.privacy.',
  'review.levels.',
  'review.levelMeaning.',
  'review.englishTexts',
  'review.noJs.',
  'review.contents',
  'review.reviews.',
  'review.new.open',
  'review.new.heading',
  'review.new.title',
  'review.new.titleHint',
  'review.new.keyAreas',
  'review.new.startWith',
  'review.new.startAll',
  'review.new.startActions',
  'review.new.startNone',
  'review.new.submit',
  'review.new.cancel',
  'review.stage.hint',
  'review.delete.button',
  'review.items.contentsLink',
  'review.details.',
  'review.add.label',
  'review.add.button',
  'review.addLink',
  'review.item.remove',
  'review.evidence.add',
  'review.evidence.note',
  'review.evidence.noteHint',
  'review.evidence.date',
  'review.evidence.url',
  'review.evidence.urlHint',
  'review.evidence.save',
  'review.gone.intro',
  'review.summary.heading',
  'review.changes.heading',
  'review.changes.since',
  'review.changes.show',
  'review.compare.heading',
  'review.compare.intro',
  'review.compare.needTwo',
  'review.compare.first',
  'review.compare.second',
  'review.compare.button',
  'review.keep.',
  'review.print.',
  'review.export.',
  'review.import.heading',
  'review.import.label',
  'review.import.hint',
  'review.import.button',
  'review.deleteAll.heading',
  'review.deleteAll.button',
  'review.broken.heading',
  'review.broken.download',
  'review.broken.delete',
  // The mentor panels' own words (MentorPanels.astro): its scripts write only the rest.
  'review.mentor.planHeading',
  'review.mentor.planText',
  'review.mentor.planLink',
  'review.mentor.heading',
  'review.mentor.text',
  'review.mentor.includes',
  'review.mentor.evidence',
  'review.mentor.name',
  'review.mentor.nameHint',
  'review.mentor.show',
  'review.mentor.previewHeading',
  'review.mentor.download',
  'review.mentor.mentorPage',
  'review.mentor.import.heading',
  'review.mentor.import.label',
  'review.mentor.import.hint',
  'review.mentor.import.button',
] as const;

const markupOnly = (key: string) => MARKUP_ONLY.some((entry) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry));

/**
 * The review's messages in `locale` that its script writes itself.
 * @example scriptMessages('cy')['review.level.secure'] // 'Cadarn'
 */
export function scriptMessages(locale: Locale): Partial<Record<ReviewMessageKey, Message>> {
  const dictionary = { en, cy }[locale];
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('review.') && !markupOnly(key)));
}
