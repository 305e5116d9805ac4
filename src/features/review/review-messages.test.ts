import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../islands/server-messages';
import { REVIEW_MESSAGES } from './messages';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import { root } from '../../../tests/fixtures/content';

/* The review's script gets every message it writes, and only those: the page's markup carries the rest. */

const scriptMessages = (locale: 'en' | 'cy') => messagesFor(locale, REVIEW_MESSAGES);

// The review's own modules, and the features whose code runs on the review page with its messages.
const dirs = ['src/features/review', 'src/features/mentor'].map((dir) => join(root, dir));
const sources = dirs
  .flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'messages.ts')
      .map((file) => readFileSync(join(dir, file), 'utf8')),
  )
  .join('\n');

describe('the review script’s messages', () => {
  for (const locale of ['en', 'cy'] as const) {
    it(`are all sent, in ${locale}`, () => {
      const sent = Object.keys(scriptMessages(locale));
      const keys = Object.keys({ en, cy }[locale]);
      // `review.${string}` is the type of every key, not a key the script writes.
      for (const [, key, template] of sources.matchAll(/['`](review\.[\w.-]+?)(\$\{|['`])/g)) {
        // A key built from a value (`review.level.${level}`) may be any key with that start.
        const wanted = template === '${' ? keys.filter((k) => k.startsWith(key!)) : [key!];
        expect(wanted.length, key).toBeGreaterThan(0);
        for (const k of wanted) expect(sent, k).toContain(k);
      }
    });
  }

  it('leave out what only the markup uses', () => {
    const sent = scriptMessages('en');
    expect(sent).not.toHaveProperty('review.lead');
    expect(sent).not.toHaveProperty('review.privacy.text');
    expect(Object.keys(sent).length).toBeLessThan(Object.keys(en).filter((k) => k.startsWith('review.')).length * 0.8);
  });

  it('call the level "Secure" Cadarn in Welsh, in every place it is shown', () => {
    expect(scriptMessages('cy')['review.level.secure']).toBe('Cadarn');
    expect(Object.values(cy).filter((message) => JSON.stringify(message).includes('Yn ddiogel'))).toEqual([]);
  });
});
