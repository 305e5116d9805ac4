import { dayOf, type Review } from '../../../lib/review/model';
import { reviewToCsv, type CsvLabels } from '../../../lib/review/csv';
import type { ReviewApp } from '../app';
import { download } from '../../../islands/download';
import { levelNames } from '../level-names';

/*
 * "Export this review for a spreadsheet": the review shown as CSV, with the
 * items' texts and the key areas' names in the page's language. Loaded only
 * when a person asks for it.
 */

/** A file name from a review's title: "Adolygiad, “2026”" → "adolygiad-2026". */
function slug(text: string): string {
  const plain = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return (
    plain
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'review'
  );
}

/**
 * Downloads `review` as CSV and returns the file's name.
 * @example app.say(t('review.status.exported', { file: exportCsv(app, review) }))
 */
export function exportCsv(app: ReviewApp, review: Review): string {
  const { t, catalogue, island } = app;
  const labels: CsvLabels = {
    headers: {
      review: t('review.csv.review'),
      stage: t('review.csv.stage'),
      keyArea: t('review.csv.keyArea'),
      number: t('review.csv.number'),
      text: t('review.csv.text'),
      level: t('review.csv.level'),
      priority: t('review.csv.priority'),
      evidenceDate: t('review.csv.evidenceDate'),
      evidenceNote: t('review.csv.evidenceNote'),
      evidenceLink: t('review.csv.evidenceLink'),
    },
    levels: levelNames(app),
    yes: t('review.csv.yes'),
    no: t('review.csv.no'),
    stage: island.config.stages.find((s) => s.id === review.stage)?.name ?? '',
    keyArea: (number) => catalogue.area(catalogue.items.get(number)?.area ?? 0)?.label ?? '',
    // An item the standards no longer have is exported too, saying so.
    itemText: (number) => catalogue.items.get(number)?.text ?? t('review.gone.itemText'),
  };
  const name = `arwain-review-${slug(review.title)}-${dayOf(new Date())}.csv`;
  download(reviewToCsv(review, labels), name, 'text/csv;charset=utf-8');
  return name;
}
