import { describe, expect, it } from 'vitest';
import { cleanSearch, keepPageParams } from '@/app/_lib/selection/pageParams';

describe('the page parameters kept in links', () => {
  it('keeps the parameters the pages read, with well-formed values', () => {
    expect(cleanSearch('?place=kabul&event=crocus-attack&p=p10&lang=en&theme=dark&seed=42')).toBe('?place=kabul&event=crocus-attack&p=p10&lang=en&theme=dark&seed=42');
  });

  it('drops strangers, markup, bad values and repeats', () => {
    expect(cleanSearch('?utm_source=x&place=%3Cscript%3E&lang=de&theme=neon&seed=0&place=kabul&place=kaluga')).toBe('?place=kabul');
    expect(cleanSearch(`?place=${'a'.repeat(20_000)}`)).toBe('');
    expect(cleanSearch('?p=..%2F..%2Fetc&event=a%0d%0aSet-Cookie:x')).toBe('');
  });

  it('reads any entries, such as Next’s searchParams', () => {
    expect(keepPageParams([['lang', 'nb'], ['x', '1']]).toString()).toBe('lang=nb');
  });
});
