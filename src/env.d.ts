// The environment values the site's scripts read, besides Astro's own.
interface ImportMetaEnv {
  /** A tag of this build (astro.config.mjs): Pagefind's `metaCacheTag`, so its index can be kept offline. */
  readonly PUBLIC_ARWAIN_BUILD?: string;
}
