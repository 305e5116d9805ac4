import type { Translation } from '../messages';
import type { glossary as english } from '../en/glossary';

/** Welsh interface strings for the glossary of terms: every key of the English file, in the same shape. */
export const glossary: Translation<typeof english> = {
  'glossary.title': 'Geirfa termau',
  'glossary.description': 'Termau Saesneg a Chymraeg y safonau arweinyddiaeth: un term Cymraeg ar gyfer pob term Saesneg, a’r ffurfiau i’w hosgoi.',
  'glossary.intro':
    'Termau’r safonau a’r wefan hon yn Saesneg ac yn Gymraeg. Mae Arwain yn defnyddio un term Cymraeg ar gyfer pob term Saesneg, gan ddilyn arfer Llywodraeth Cymru lle mae un. Mae testun Cymraeg y wefan yn cael ei wirio yn erbyn y rhestr hon.',
  'glossary.english': 'Saesneg',
  'glossary.welsh': 'Cymraeg',
  'glossary.plural': 'lluosog: {plural}',
  'glossary.avoid': 'I’w hosgoi',
  'glossary.note': 'Nodyn',
  'glossary.basis': 'Ffynhonnell y term Cymraeg',
  'glossary.group.people': 'Pobl',
  'glossary.group.organisations': 'Sefydliadau',
  'glossary.group.practice': 'Ymarfer',
  'glossary.group.site': 'Y safonau a’r wefan hon',
  'glossary.basis.termcymru': 'TermCymru (Llywodraeth Cymru)',
  'glossary.basis.welsh-government': 'Cyhoeddiadau Llywodraeth Cymru',
  'glossary.basis.estyn': 'Estyn (yr arolygiaeth)',
  'glossary.basis.name': 'enw’r sefydliad ei hun',
  'glossary.basis.arwain': 'golygyddion Arwain',
  'glossary.numerals.heading': 'Rhifau',
  'glossary.numerals.text':
    'Mae rhifau’n cael eu hysgrifennu mewn ffigurau. Yn Gymraeg, daw’r unigol ar ôl 1 (1 datganiad), daw “o” a’r lluosog ar ôl 2 neu fwy (14 o ddatganiadau), a “dim” a’r lluosog pan nad oes un (dim datganiadau).',
};
