import type { Message, Translation } from '../messages';
import { cohort } from './cohort';
import { core } from './core';
import { data } from './data';
import { editors } from './editors';
import { finding } from './finding';
import { glossary } from './glossary';
import { offline } from './offline';
import { plan } from './plan';
import { print } from './print';
import { review } from './review';

/**
 * The English interface strings, one file per feature. Every key here must also
 * be in the Welsh files (`../cy/`); the types make a missing Welsh string an
 * error. `{name}` marks a value that is filled in; plural messages have one form
 * per `Intl.PluralRules` category.
 */
export const en = { ...core, ...finding, ...review, ...data, ...editors, ...glossary, ...print, ...cohort, ...plan, ...offline } satisfies Record<string, Message>;

/** A dictionary has every key of the English one, each of the same shape. */
export type Dictionary = Translation<typeof en>;

/** The English strings by feature file (`src/i18n/<locale>/<feature>.ts`), so a message can name the file a key belongs in. */
export const EN_FEATURES = { core, finding, review, data, editors, glossary, print, cohort, plan, offline };
