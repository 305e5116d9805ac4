/** English interface strings for the glossary of terms (content/glossary.yaml). */
export const glossary = {
  'glossary.title': 'Glossary of terms',
  'glossary.description': 'The English and Welsh terms of the leadership standards: one Welsh term for each English term, and the forms not to use.',
  'glossary.intro':
    'The terms of the standards and of this site in English and Welsh. Arwain uses one Welsh term for each English term, following Welsh Government usage where there is one. The Welsh text of the site is checked against this list.',
  'glossary.english': 'English',
  'glossary.welsh': 'Welsh',
  'glossary.plural': 'plural: {plural}',
  'glossary.avoid': 'Avoid',
  'glossary.note': 'Note',
  'glossary.basis': 'Source of the Welsh term',
  'glossary.group.people': 'People',
  'glossary.group.organisations': 'Organisations',
  'glossary.group.practice': 'Practice',
  'glossary.group.site': 'The standards and this site',
  'glossary.basis.termcymru': 'TermCymru (Welsh Government)',
  'glossary.basis.welsh-government': 'Welsh Government publications',
  'glossary.basis.estyn': 'Estyn (the inspectorate)',
  'glossary.basis.name': 'the organisation’s own name',
  'glossary.basis.arwain': 'Arwain’s editors',
  'glossary.numerals.heading': 'Numbers',
  'glossary.numerals.text':
    'Counts are written in figures. In Welsh, 1 takes the singular (1 datganiad), 2 and more take “o” and the plural (14 o ddatganiadau), and none is “dim” with the plural (dim datganiadau).',
};
