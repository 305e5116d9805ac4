import { cy } from '../i18n/cy';
import { en } from '../i18n/en';
import type { Message } from '../i18n/messages';
import type { Locale } from '../lib/locales/locales';
import type { MessageDeclaration, ShippedMessages } from './translator';

/*
 * Server side only (an island's `.astro` file): it reads the whole
 * dictionaries. Kept apart from translator.ts, which the scripts import, so
 * that no script's bundle carries every string of the site in both languages.
 */

function entriesOf(dictionary: Record<string, Message>, declaration: MessageDeclaration): [string, Message][] {
  if (!Array.isArray(declaration)) {
    return Object.entries(declaration as Readonly<Record<string, string>>).map(([name, key]) => [name, dictionary[key] ?? missing(key)]);
  }
  const entries = (declaration as readonly string[]).map((entry) => {
    const found = Object.entries(dictionary).filter(([key]) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry));
    return found.length > 0 ? found : missing(entry);
  });
  // In the dictionary's order, each key once, whatever the order of the declaration.
  const wanted = new Set(entries.flat().map(([key]) => key));
  return Object.entries(dictionary).filter(([key]) => wanted.has(key));
}

function missing(entry: string): never {
  throw new Error(`An island declares the message "${entry}", which no dictionary key ${entry.endsWith('.') ? 'starts with' : 'is'}.`);
}

/**
 * Exactly the messages an island declares, in `locale`, for its config block.
 * A declared key or prefix that matches nothing stops the build.
 * @example messagesFor('cy', ['cohort.', 'review.level.'])['review.level.secure'] // 'Cadarn'
 * @example messagesFor('en', { noResults: 'search.noResults' }) // { noResults: 'No results for “{query}”' }
 */
export function messagesFor<const Declaration extends MessageDeclaration>(locale: Locale, declaration: Declaration): ShippedMessages<Declaration> {
  const dictionary: Record<string, Message> = { en, cy }[locale];
  return Object.fromEntries(entriesOf(dictionary, declaration)) as ShippedMessages<Declaration>;
}
