/*
 * The budgets: what a first visit to each kind of page may fetch, and what the
 * first typed search may load. Bytes and requests are deterministic, so they are
 * tests (tests/site/budgets.test.ts over dist/, tests/e2e/budgets.spec.ts for
 * search); npm run bench prints the measured figures beside them. One place, with
 * the reason for each figure. Bytes are gzip -9 KB (1024 bytes), as a host sends
 * them compressed; requests count the page, every stylesheet, script, manifest and
 * preload it references, and the modules its scripts import statically (see
 * tests/site/cold-visit.ts). Raise a budget only with a reason written here.
 */

/**
 * The Starlight peer (../shared/peer: the same content in Astro Starlight 0.42.4),
 * cold visit, gzip KB, measured 2026-12-07 with Lighthouse 12.8.2's harness. The
 * yardstick of the guide's "at most 0.15× the bytes of the same page in Starlight".
 */
export const STARLIGHT_KB = { home: 46.1, keyArea: 55.1, statement: 54.1, searchWithQuery: 159.5 } as const;

export interface PageBudget {
  /** The kind of page, for messages. */
  name: string;
  /** One page of that kind, as a site path in English; the Welsh one is checked too. */
  path: string;
  /** gzip KB of the whole cold visit. */
  kb: number;
  requests: number;
  /** gzip KB of script (files and inline). */
  scriptKb: number;
  /** Stylesheets: one render-blocking request at most. */
  stylesheets: number;
  why: string;
}

/** Room left on purpose: the offline work (issue 24) adds a manifest and a service-worker registration, about 0.5 KB and one request, to every page. */
const CONTENT = { requests: 6, scriptKb: 2, stylesheets: 1 } as const;

export const PAGE_BUDGETS: readonly PageBudget[] = [
  { name: 'home', path: '/', kb: 6.9, ...CONTENT, why: `0.15× Starlight's home (${STARLIGHT_KB.home} KB)` },
  { name: 'key area', path: '/standards/creating-strategic-direction/', kb: 8.3, ...CONTENT, why: `0.15× Starlight's key area (${STARLIGHT_KB.keyArea} KB)` },
  { name: 'statement', path: '/standards/1.14/', kb: 8.1, ...CONTENT, why: `0.15× Starlight's statement (${STARLIGHT_KB.statement} KB)` },
  // Pages the peer has no twin for: 0.15× a Starlight page of their length. Starlight sends
  // about 42 KB of CSS and JS on every page plus its HTML, about 4× ours (12.3 KB for
  // statement 1.14 against our 3.3): 60 KB for a long page such as the glossary.
  ...(
    [
      ['case study', '/case-studies/estyn-leadership-development/'],
      ['recommendation', '/recommendations/estyn-r6/'],
      ['case studies list', '/case-studies/'],
      ['recommendations list', '/recommendations/'],
      ['continuum', '/continuum/'],
      ['glossary', '/glossary/'],
      ['about (guidance page)', '/about/'],
      ['accessibility statement', '/accessibility/'],
      ['open data', '/data/'],
      ['translation status', '/translation-status/'],
    ] as const
  ).map(([name, path]) => ({ name, path, kb: 9, ...CONTENT, why: '0.15× a long Starlight page (60 KB)' })),
  // The tools: their islands are the page. Held where they are, with room for the offline work.
  { name: 'standards with the filter', path: '/standards/', kb: 26, requests: 7, scriptKb: 10, stylesheets: 1, why: 'the list of 172 items and the filter island (Fuse.js is loaded on first use)' },
  { name: 'search page', path: '/search/', kb: 15, requests: 7, scriptKb: 9, stylesheets: 1, why: 'the search island; Pagefind loads with the first query (FIRST_QUERY_KB)' },
  {
    name: 'my review',
    path: '/review/',
    kb: 41,
    requests: 14,
    scriptKb: 19,
    stylesheets: 1,
    why: 'the review tool, held at its size with the plan and mentor panels (issue 25) and the no-silent-loss guards (issue 24); the modules it now shares with the plan and mentor pages are chunks of their own (3 more requests)',
  },
  {
    name: 'cohort view',
    path: '/review/cohort/',
    kb: 57,
    requests: 8,
    scriptKb: 38,
    stylesheets: 1,
    why: 'the cohort view, held at its size with the one disclosure rule over every view and the worker client (issue 19)',
  },
];

/**
 * What typing a query on /search/ and getting results loads (Pagefind's engine,
 * index and result excerpts), gzip KB: the target the bench has printed since
 * search first shipped. A first query is about 80 KB: Pagefind's script (11.2 KB,
 * minified by scripts/search-bundle.ts), its language-neutral WebAssembly (54.1;
 * the index is built without Pagefind's English stemmer, as it holds our own
 * stems: scripts/pagefind-files.ts), the meta (1.5), one index chunk of about
 * 4 KB (Pagefind's chunks of 25 KB are cut finer by scripts/search-bundle.ts) and
 * the excerpts of the results (about 8).
 */
export const FIRST_QUERY_KB = 100;

/**
 * The search page and a first query together, cold (the page, its stylesheet and
 * scripts, then all of the above), gzip KB, per language.
 * - en ("coaching"): at most 0.6× Starlight's (the search dialog on its home page
 *   and the same query, 159.5 KB in STARLIGHT_KB), the "search, load + typed
 *   query" row of the side-by-side measure. About 93 KB.
 * - cy ("hyfforddi"): Starlight has no Welsh twin. The Welsh query finds 9 pages
 *   to the English one's 5, and the page of results loads each one's excerpt
 *   (Pagefind's fragment holds the page's whole text: 13.3 KB for the 9, against
 *   7.6 for the 5), and the code that keeps search for offline use after a first
 *   search (0.6 KB, issue 24): 97.6 KB under a sub-path (longer addresses), held
 *   at 98, 0.61× Starlight's English figure.
 */
export const SEARCH_WITH_QUERY_KB = { en: +(0.6 * STARLIGHT_KB.searchWithQuery).toFixed(1), cy: 98 } as const;

/**
 * What the service worker downloads in the background on a first visit (its
 * precache: the scripts and stylesheets of every page type, the offline page, the
 * manifests and icons), gzip KB. Issue 24's limit for the app shell: enough to
 * open the review and search offline, small beside a page of photographs; every
 * page of a language is downloaded only when the person asks. About 170 KB.
 */
export const APP_SHELL_KB = 300;
