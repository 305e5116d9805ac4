import type { Translation } from '../messages';
import type { print as english } from '../en/print';

/** Welsh interface strings for the standards as a printable booklet (/print/) and the links to it: every key of the English file, in the same shape. */
export const print: Translation<typeof english> = {
  'print.title': 'Safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru',
  'print.description': 'Y safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru mewn un llyfryn i’w argraffu neu i’w gadw fel PDF: y chwe maes allweddol, gyda phob datganiad a cham gweithredu.',
  'print.subtitle': 'Y chwe maes allweddol, gyda phob datganiad a cham gweithredu',
  'print.link': 'Argraffu neu gadw fel PDF',
  'print.linkHint': 'Y chwe maes allweddol mewn un llyfryn, yn Saesneg, yn Gymraeg neu ochr yn ochr.',
  'print.button': 'Argraffu neu gadw fel PDF',
  'print.instructions': 'I argraffu’r llyfryn hwn neu ei gadw fel PDF, defnyddiwch orchymyn Argraffu eich porwr (Ctrl+P, neu ⌘P ar Mac), yna dewiswch argraffydd neu “Cadw fel PDF”.',
  'print.back': 'Yn ôl i’r safonau',
  'print.versions': 'Fersiynau o’r llyfryn hwn',
  'print.version.both': 'Cymraeg a Saesneg ochr yn ochr',
  'print.meta.source': 'Ffynhonnell',
  'print.meta.date': 'Dyddiad yr argraffiad hwn',
  'print.meta.address': 'Cyfeiriad gwe',
  'print.draftNotice': 'Cyfieithiad drafft o’r meysydd allweddol yw’r testun Cymraeg, ac nid yw wedi’i adolygu eto.',
  'print.contents': 'Cynnwys',
  'print.pageNumber': 'Tudalen {page} o {pages}',
};
