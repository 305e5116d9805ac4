import { MAX_FILE_BYTES, type ImportError } from '../../../lib/review/storage-format';
import type { ReviewApp } from '../app';
import { megabytes } from '../page-data';

/*
 * Why a stored review or an imported file cannot be read, said in the page's
 * language: shared by the "Print, export and import" screen and the import.
 */

/**
 * Why a file (or the stored text) cannot be read, in the page's language.
 * @example problemText(app, { problem: 'invalid', at: 'reviews[0].title' })
 */
export function problemText(app: ReviewApp, error: ImportError): string {
  const { t } = app;
  const values = { at: error.at ?? '', value: error.value ?? '', size: megabytes(MAX_FILE_BYTES) };
  // A problem found in one place says where; one in the file as a whole does not say "(at )".
  if (error.problem === 'markup' || error.problem === 'invalid') return t(error.at ? `review.import.problem.${error.problem}` : `review.import.problem.${error.problem}-file`, values);
  return t(`review.import.problem.${error.problem}`, values);
}
