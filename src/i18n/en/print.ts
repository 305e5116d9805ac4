import type { Message } from '../messages';

/** English interface strings for the standards as a printable booklet (/print/) and the links to it. */
export const print = {
  'print.title': 'Leadership standards for schools in Wales',
  'print.description': 'The leadership standards for schools in Wales as one booklet to print or save as a PDF: the six key areas with every statement and action.',
  'print.subtitle': 'The six key areas, with every statement and action',
  'print.link': 'Print or save as PDF',
  'print.linkHint': 'All six key areas in one booklet, in English, in Welsh or side by side.',
  'print.button': 'Print or save as PDF',
  'print.instructions': 'To print this booklet or save it as a PDF, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac), then choose a printer or “Save as PDF”.',
  'print.back': 'Back to the standards',
  'print.versions': 'Versions of this booklet',
  'print.version.both': 'English and Welsh side by side',
  'print.meta.source': 'Source',
  'print.meta.date': 'Date of this edition',
  'print.meta.address': 'Web address',
  'print.draftNotice': 'The Welsh text of the key areas is a draft translation that has not yet been reviewed.',
  'print.contents': 'Contents',
  'print.pageNumber': 'Page {page} of {pages}',
} satisfies Record<string, Message>;
