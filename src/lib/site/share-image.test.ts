import { describe, expect, it } from 'vitest';
import { shareImageSvg, wrap } from './share-image';

describe('share images', () => {
  it('wrap titles at spaces within the width', () => {
    expect(wrap('Developing and Working with Others', 22)).toEqual(['Developing and Working', 'with Others']);
    expect(wrap('Cryfhau’r Ffocws ar y Gymuned', 22)).toEqual(['Cryfhau’r Ffocws ar y', 'Gymuned']);
  });

  it('escape every text, so a title cannot break the SVG', () => {
    const svg = shareImageSvg({ siteName: 'A & B', tagline: 't', caption: '<x>', title: 'Q "&" <script>', colours: { background: '#000', text: '#fff', accent: '#ff0' } });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;x&gt;');
    expect(svg).toContain('Q &quot;&amp;&quot; &lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });
});
