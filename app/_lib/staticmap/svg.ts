/** Writing SVG as text: escaping, attributes, elements. Nothing here knows about maps. */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text made safe for XML character data and for attribute values in double or single quotes.
 * Characters XML 1.0 forbids (most C0 controls) are dropped.
 * @example escapeXml('<b> & "c"') // → '&lt;b&gt; &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

export type AttrValue = string | number | undefined | null | false;
export type Attrs = Record<string, AttrValue>;

/**
 * A number as SVG writes it: at most one decimal, no `-0`.
 * @example num(3.14159) // → '3.1'
 */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** ` name="value"` pairs in the given order; undefined, null and false are left out. */
export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * An element: self-closing without children, else the children (already SVG) between its tags.
 * @example el('circle', { r: 2 }) // → '<circle r="2"/>'
 */
export function el(name: string, values: Attrs = {}, children: readonly string[] | string = []): string {
  const inner = typeof children === 'string' ? children : children.join('');
  return inner ? `<${name}${attrs(values)}>${inner}</${name}>` : `<${name}${attrs(values)}/>`;
}

/**
 * A text element; the text is escaped here.
 * @example text('A & B', { x: 1, y: 2 }) // → '<text x="1" y="2">A &amp; B</text>'
 */
export function text(content: string, values: Attrs = {}): string {
  return `<text${attrs(values)}>${escapeXml(content)}</text>`;
}

/** A `<title>` (the accessible name of its parent). */
export function title(content: string): string {
  return `<title>${escapeXml(content)}</title>`;
}
