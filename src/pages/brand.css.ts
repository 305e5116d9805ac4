import type { APIRoute } from 'astro';
import { siteConfig } from '../../arwain.config';

/*
 * The publisher's colours from arwain.config.ts as CSS custom properties, served
 * as a stylesheet (the Content-Security-Policy allows no inline styles). The
 * selector `html:root` outranks the theme's `:root`, so these values win whatever
 * order the stylesheets load in.
 */
const HEX = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

export const GET: APIRoute = () => {
  const { colours } = siteConfig;
  for (const [name, value] of Object.entries(colours)) {
    if (!HEX.test(value)) throw new Error(`arwain.config.ts: colours.${name} is "${value}"; expected a hex colour such as "#00594f".`);
  }
  const css = `html:root {
  --aw-colour-brand: ${colours.brand};
  --aw-colour-brand-dark: ${colours.brandDark};
  --aw-colour-on-brand: ${colours.onBrand};
  --aw-colour-link: ${colours.link};
  --aw-colour-link-hover: ${colours.brandDark};
  --aw-colour-link-visited: ${colours.linkVisited};
  --aw-colour-focus: ${colours.focus};
}
`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
