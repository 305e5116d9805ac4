import { z } from 'zod';

/*
 * The schema of arwain.config.ts, the publisher's settings. The build checks the
 * file against it (astro.config.mjs) and stops on anything wrong, naming the
 * setting and saying what it expects; `npm run check` does the same in a second.
 */

const HEX = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;
const hex = z.string().regex(HEX, { error: 'expected a hex colour such as "#00594f"' });
const text = z.string().trim().min(1, { error: 'must not be empty' });

/** An absolute https: address with nothing after the host: where the site is published. */
export const siteAddress = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value), { error: 'expected an absolute address such as "https://leadership.example.sch.uk"' })
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'https:', { error: 'must start with https:' })
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, {
    error: 'give only the scheme and host, e.g. "https://leadership.example.sch.uk"; put a sub-path in ARWAIN_BASE',
  })
  .transform((url) => url.origin);

/**
 * A source that may frame the embed cards: an origin such as "https://intranet.example.sch.uk",
 * or a host wildcard such as "https://*.sharepoint.com", as CSP frame-ancestors takes them.
 */
const frameAncestor = z
  .string()
  .trim()
  .regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i, {
    error: 'expected an origin such as "https://intranet.example.sch.uk" or "https://*.sharepoint.com", with no path',
  });

/**
 * The tagging entity of the feed's entry ids (RFC 4151): a domain name or email
 * address the publisher held, a comma and the date, e.g. "arwain@example.org,2026".
 */
const tagAuthority = z
  .string()
  .trim()
  .regex(/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|[^\s@,]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+),\d{4}(?:-\d{2}(?:-\d{2})?)?$/i, {
    error: 'expected a domain or email address you held on a date, a comma, and that date, e.g. "arwain@example.org,2026"',
  });

export const siteConfigSchema = z.strictObject({
  site: siteAddress.optional(),
  publisher: z.strictObject({
    name: z.strictObject({ en: text, cy: text }),
    email: z.email({ error: 'expected an email address such as "arwain@example.org"' }),
    url: z.url({ protocol: /^https$/, error: 'expected an https: address' }).optional(),
  }),
  logo: z
    .string()
    .regex(/^[\w./-]+\.(svg|png)$/i, { error: 'expected a file name in public/ ending .svg or .png, such as "logo.svg"' })
    .optional(),
  colours: z.strictObject({ brand: hex, brandDark: hex, onBrand: hex, link: hex, linkVisited: hex, focus: hex }),
  embed: z.strictObject({ frameAncestors: z.array(frameAncestor) }),
  feedTagAuthority: tagAuthority,
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** An error that lists every problem of the configuration, one a line, each naming its setting. */
export class SiteConfigError extends Error {}

function describe(issues: readonly z.core.$ZodIssue[], file: string): string {
  const lines = issues.map((issue) => `  ${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  return `The site configuration has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/**
 * The checked configuration, with the site address from `ARWAIN_SITE` when it is set.
 * Throws a SiteConfigError naming each wrong setting.
 * @example parseSiteConfig(siteConfig, process.env.ARWAIN_SITE).site // 'https://leadership.example.sch.uk' or undefined
 */
export function parseSiteConfig(config: unknown, siteOverride?: string): SiteConfig {
  const parsed = siteConfigSchema.safeParse(config);
  if (!parsed.success) throw new SiteConfigError(describe(parsed.error.issues, 'arwain.config.ts'));
  if (siteOverride === undefined || siteOverride === '') return parsed.data;
  const site = siteAddress.safeParse(siteOverride);
  if (!site.success)
    throw new SiteConfigError(
      describe(
        site.error.issues.map((issue) => ({ ...issue, path: [] })),
        `ARWAIN_SITE="${siteOverride}"`,
      ),
    );
  return { ...parsed.data, site: site.data };
}

/** Domains reserved for examples (RFC 2606, RFC 6761): a setting on one of them is still the template's. */
const EXAMPLE_HOST = /(^|\.|@)(example\.(org|com|net)|[a-z0-9-]+\.(example|test|invalid|localhost))$/i;

/**
 * What a publisher should still set before going live, for the build to warn about.
 * @example placeholderSettings(config) // ['publisher.email is "arwain@example.org", an example address: …']
 */
export function placeholderSettings(config: SiteConfig): string[] {
  const warnings: string[] = [];
  if (EXAMPLE_HOST.test(config.publisher.email)) warnings.push(`publisher.email is "${config.publisher.email}", an example address: set your own contact.`);
  const authority = config.feedTagAuthority.split(',')[0]!;
  if (EXAMPLE_HOST.test(authority)) {
    warnings.push(`feedTagAuthority is "${config.feedTagAuthority}", an example: set a domain or email address you hold and today's date, once, before the feed is first read.`);
  }
  return warnings;
}

/** What arwain.config.ts holds, before checking. */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
