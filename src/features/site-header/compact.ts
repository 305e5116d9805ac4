/**
 * When the header is compact: on narrow screens (phones, and desktops zoomed to
 * 200% or more) and on short ones (phones held sideways). There the navigation
 * folds away behind a "Menu" button (a <details> element: no script). The
 * header's styles (SiteHeader.astro) use this query; CSS cannot read a variable
 * in a media query, so keep the two in step. Tests read it from here.
 */
export const COMPACT_HEADER = '(max-width: 48rem), (max-height: 30rem)';
