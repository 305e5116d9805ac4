import type { Message } from '../messages';

/** English interface strings for the translation status page for editors. */
export const editors = {
  'translationStatus.title': 'Translation status',
  'translationStatus.description': 'For editors: which texts are translated into Welsh, in draft, missing or out of date.',
  'translationStatus.intro':
    'For editors. A text is out of date when its English changed after the Welsh was written. A Welsh text is reviewed once a named reviewer has signed it off, giving their name and the date; until then its page says it is a draft. The same report is printed by npm run translation-status.',
  'translationStatus.entry': 'Entry',
  'translationStatus.state': 'Welsh version',
  'translationStatus.reviewedBy': 'Reviewed by',
  'translationStatus.reviewedOn': 'Signed off',
  'translationStatus.notReviewed': 'Not yet reviewed',
  'translationStatus.state.reviewed': 'Translated and reviewed',
  'translationStatus.state.draft': 'Draft',
  'translationStatus.state.missing': 'Missing',
  'translationStatus.state.outdated': 'Out of date',
  'translationStatus.collection.key-areas': 'Key areas',
  'translationStatus.collection.case-studies': 'Case studies',
  'translationStatus.collection.recommendations': 'Recommendations',
  'translationStatus.collection.pages': 'Pages',
  'translationStatus.collection.pathways': 'Ways in by role and topic',
  'translationStatus.collection.continuum': 'Leadership continuum',
  'translationStatus.summary': '{reviewed} reviewed, {draft} in draft, {missing} missing, {outdated} out of date',
} satisfies Record<string, Message>;
