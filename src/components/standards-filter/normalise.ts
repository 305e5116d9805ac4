import { mutationKey } from '../../lib/welsh-mutations';
import { stemEnglish } from './filter';

/**
 * How the filter reduces a word before matching, by language: English words
 * lose common endings; Welsh words are reduced to their mutation key, so that
 * "gymraeg", "nghymraeg" and "chymraeg" all find "Cymraeg".
 */
export function normaliserFor(locale: string): (word: string) => string {
  return locale === 'cy' ? mutationKey : stemEnglish;
}
