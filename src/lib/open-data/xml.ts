/*
 * Text in XML: the Atom feed (src/lib/open-data/atom.ts) and the SVG of the share images
 * (src/lib/site/share-image.ts) are written as text, so everything put into them is
 * escaped here, in one way.
 */

// The characters XML 1.0 forbids: control characters (all but tab and the newlines) on purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text made safe for XML content and attribute values. Characters that XML 1.0
 * does not allow at all (most control characters) are dropped, since escaping
 * cannot make them valid.
 * @example escapeXml('Tom & "Jerry" <3') // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
