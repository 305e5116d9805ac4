import Callout from './Callout.astro';
import Link from './Link.astro';
import Quote from './Quote.astro';
import Standard from './Standard.astro';

/**
 * The components MDX content is rendered with: pass to every `<Content components={mdxComponents} />`.
 * Authors use `<Standard>`, `<Callout>` and `<Quote>` without importing them (see AUTHORING.md).
 */
export const mdxComponents = { a: Link, Standard, Callout, Quote };
