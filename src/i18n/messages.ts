/** A message with one form per plural category; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** A translation of an English dictionary: every key, each of the same shape (a string, or plural forms). */
export type Translation<English extends Record<string, Message>> = {
  [K in keyof English]: English[K] extends string ? string : PluralMessage;
};
