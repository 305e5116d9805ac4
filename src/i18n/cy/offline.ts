import type { Translation } from '../messages';
import type { offline as english } from '../en/offline';

/** Welsh interface strings for installing the site and using it all-lein: every key of the English file, in the same shape. */
export const offline: Translation<typeof english> = {
  'offline.manifestDescription': 'Y safonau arweinyddiaeth ar gyfer ysgolion yng Nghymru, a’ch adolygiad eich hun yn eu herbyn: gellir ei gosod, a’i defnyddio all-lein.',
  'offline.update.text': 'Mae fersiwn newydd o’r wefan hon ar gael.',
  'offline.update.reload': 'Ail-lwytho',
  'offline.page.title': 'Rydych chi all-lein',
  'offline.page.text': 'Nid yw’r dudalen hon wedi’i chadw ar y ddyfais hon, ac nid oes modd cyrraedd y wefan ar hyn o bryd. Rhowch gynnig arall arni pan fyddwch wedi cysylltu.',
  'offline.page.availableHeading': 'Beth sy’n gweithio all-lein',
  'offline.page.review': 'Eich adolygiad, ar ôl i chi ei agor ar-lein yn y porwr hwn, a thudalen pob datganiad a cham gweithredu ynddo.',
  'offline.page.search': 'Chwilio, ym mhob iaith rydych wedi chwilio ynddi unwaith ar-lein.',
  'offline.page.visited': 'Y tudalennau rydych wedi’u hagor ar-lein ers i’r wefan gael ei diweddaru ddiwethaf.',
  'offline.page.download': 'Pob tudalen mewn iaith, os dewisoch “Sicrhau bod y wefan hon ar gael all-lein” ar ei thudalen hafan.',
  'offline.page.reviewLink': 'Agor eich adolygiad',
  'offline.download.heading': 'Defnyddio’r wefan hon heb gysylltiad',
  'offline.download.text': 'Cadw pob tudalen Gymraeg o’r wefan ar y ddyfais hon, fel ei bod yn gweithio heb gysylltiad: tua {size} MB. Nid yw’r tudalennau Saesneg wedi’u cynnwys.',
  'offline.download.button': 'Sicrhau bod y wefan hon ar gael all-lein',
  'offline.download.progress': 'Wedi lawrlwytho {done} o {total}',
  'offline.download.done': 'Wedi gorffen: mae pob tudalen Gymraeg bellach yn gweithio all-lein ar y ddyfais hon.',
  'offline.download.failed': 'Nid oedd modd lawrlwytho rhai tudalennau ({count}). Rhowch gynnig arall arni pan fyddwch wedi cysylltu.',
  'offline.download.unavailable': 'Ni all y porwr hwn gadw’r wefan i’w defnyddio all-lein.',
};
