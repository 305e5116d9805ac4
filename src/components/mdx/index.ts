import Link from './Link.astro';

/**
 * The components MDX content is rendered with: pass to every `<Content components={mdxComponents} />`.
 */
export const mdxComponents = { a: Link };
