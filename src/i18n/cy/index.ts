import type { Dictionary } from '../en/index';
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

/** The Welsh interface strings: every key of the English ones, one file per feature. */
export const cy: Dictionary = { ...core, ...finding, ...review, ...data, ...editors, ...glossary, ...print, ...cohort, ...plan, ...offline };
