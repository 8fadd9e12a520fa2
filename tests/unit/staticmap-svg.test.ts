import { describe, expect, it } from 'vitest';
import { attrs, el, escapeXml, num, text } from '@/app/_lib/staticmap/svg';

describe('svg writing', () => {
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('writes numbers with at most one decimal and no negative zero', () => {
    expect(num(3.14159)).toBe('3.1');
    expect(num(-0.01)).toBe('0');
    expect(num(12)).toBe('12');
  });

  it('writes attributes in order, escaped, leaving out empty ones', () => {
    expect(attrs({ a: 'x"y', b: undefined, c: false, d: 1.25 })).toBe(' a="x&quot;y" d="1.3"');
  });

  it('writes elements and text', () => {
    expect(el('circle', { r: 2 })).toBe('<circle r="2"/>');
    expect(el('g', {}, [el('rect')])).toBe('<g><rect/></g>');
    expect(text('A & <B>', { x: 1 })).toBe('<text x="1">A &amp; &lt;B&gt;</text>');
  });
});
