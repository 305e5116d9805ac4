import { escapeXml } from '../open-data/xml';

/*
 * The share image of a page (Open Graph, 1200 × 630): the site's colours, the
 * site name and the page's title. Written as SVG here; rendered to PNG by
 * src/pages/[...lang]/og/[slug].png.ts.
 */

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Breaks text into lines of at most `width` characters, at spaces.
 * @example wrap('Developing and Working with Others', 20) // ['Developing and', 'Working with Others']
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface ShareImageText {
  siteName: string;
  tagline: string;
  /** A small line above the title, e.g. "Key area 3". */
  caption?: string | undefined;
  title: string;
  colours: { background: string; text: string; accent: string };
}

/** The share image as SVG; all text is escaped. */
export function shareImageSvg({ siteName, tagline, caption, title, colours }: ShareImageText): string {
  const { width, height } = SHARE_IMAGE;
  const lines = wrap(title, 22).slice(0, 3);
  const titleSize = lines.length > 2 ? 64 : 72;
  const titleTop = caption ? 330 : 280;
  const font = 'font-family="DejaVu Sans, Arial, Helvetica, sans-serif"';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${colours.background}"/>
  <rect y="${height - 24}" width="${width}" height="24" fill="${colours.accent}"/>
  <circle cx="110" cy="110" r="40" fill="none" stroke="${colours.text}" stroke-width="6"/>
  <text x="110" y="128" text-anchor="middle" ${font} font-size="48" font-weight="700" fill="${colours.text}">A</text>
  <text x="175" y="128" ${font} font-size="52" font-weight="700" fill="${colours.text}">${escapeXml(siteName)}</text>
  ${caption ? `<text x="70" y="250" ${font} font-size="40" fill="${colours.text}">${escapeXml(caption)}</text>` : ''}
  ${lines.map((line, i) => `<text x="70" y="${titleTop + i * titleSize * 1.15}" ${font} font-size="${titleSize}" font-weight="700" fill="${colours.text}">${escapeXml(line)}</text>`).join('\n  ')}
  ${tagline === title ? '' : `<text x="70" y="${height - 60}" ${font} font-size="34" fill="${colours.text}">${escapeXml(tagline)}</text>`}
</svg>`;
}
