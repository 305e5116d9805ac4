import type { Translation } from '../messages';
import type { editors as english } from '../en/editors';

/** Welsh interface strings for the translation status page for editors.: every key of the English file, in the same shape. */
export const editors: Translation<typeof english> = {
  'translationStatus.title': 'Statws cyfieithu',
  'translationStatus.description': 'I olygyddion: pa destunau sydd wedi’u cyfieithu i’r Gymraeg, sydd ar ffurf drafft, ar goll neu wedi dyddio.',
  'translationStatus.intro':
    'I olygyddion. Mae testun wedi dyddio pan fo’r Saesneg wedi newid ar ôl ysgrifennu’r Gymraeg. Mae testun Cymraeg wedi’i adolygu pan fo adolygydd a enwir wedi’i gymeradwyo ac wedi rhoi ei enw a’r dyddiad; tan hynny mae ei dudalen yn dweud mai drafft ydyw. Mae npm run translation-status yn argraffu’r un adroddiad.',
  'translationStatus.entry': 'Eitem',
  'translationStatus.state': 'Fersiwn Gymraeg',
  'translationStatus.reviewedBy': 'Adolygwyd gan',
  'translationStatus.reviewedOn': 'Cymeradwywyd',
  'translationStatus.notReviewed': 'Heb ei adolygu eto',
  'translationStatus.state.reviewed': 'Wedi’i chyfieithu a’i hadolygu',
  'translationStatus.state.draft': 'Drafft',
  'translationStatus.state.missing': 'Ar goll',
  'translationStatus.state.outdated': 'Wedi dyddio',
  'translationStatus.collection.key-areas': 'Meysydd allweddol',
  'translationStatus.collection.case-studies': 'Astudiaethau achos',
  'translationStatus.collection.recommendations': 'Argymhellion',
  'translationStatus.collection.pages': 'Tudalennau',
  'translationStatus.collection.pathways': 'Llwybrau yn ôl rôl a phwnc',
  'translationStatus.collection.continuum': 'Continwwm arweinyddiaeth',
  'translationStatus.summary': '{reviewed} wedi’u hadolygu, {draft} ar ffurf drafft, {missing} ar goll, {outdated} wedi dyddio',
};
