import { describe, expect, it } from 'vitest';
import { pageFileShortcuts, pageFileUrl, type Rewrite } from '@/config/pageFiles.js';
import { nextRewrites } from '@/config/pageRewrites.js';

/** The page rewrites of a build that has copied its files, as next.config.js orders them (config/pageFiles.js, withPageFile). */
const NOT_RSC: Rewrite['missing'] = [
  { type: 'header', key: 'rsc' },
  { type: 'query', key: '_rsc' },
];
const pages: Rewrite[] = nextRewrites().flatMap((rewrite) =>
  rewrite.destination.includes(':') ? [rewrite] : [{ ...rewrite, destination: pageFileUrl('build', rewrite.destination), missing: NOT_RSC }, rewrite],
);

/** Next's first match, as its router tries rewrites with a literal source: every `has` present and matching, no `missing` present. */
function firstMatch(rewrites: Rewrite[], path: string, query: Record<string, string>): string | undefined {
  const present = (condition: { type: string; key: string; value?: string }) =>
    condition.type === 'query' && !!query[condition.key] && (condition.value === undefined || new RegExp(`^${condition.value}$`).test(query[condition.key]!));
  return rewrites.find((r) => r.source === path && (r.has ?? []).every(present) && !(r.missing ?? []).some(present))?.destination;
}

describe('the shortcuts to the page files (config/pageFiles.js)', () => {
  const shortcuts = pageFileShortcuts(pages);

  it('send / and /embed with nothing in the query to their files first', () => {
    expect(firstMatch(shortcuts, '/', {})).toBe('/prerendered/build/nb/crocus-2024/all.html');
    expect(firstMatch(shortcuts, '/embed', {})).toBe('/prerendered/build/nb/crocus-2024/all/embed/light.html');
    expect(firstMatch(shortcuts, '/classroom', {})).toBe('/prerendered/build/nb/crocus-2024/classroom.html');
  });

  it('change no answer: every URL meets the same rewrite first with them as without', () => {
    const queries: Record<string, string>[] = [
      {}, { lang: 'en' }, { lang: 'nb' }, { lang: 'xx' }, { lang: '' }, { place: 'kabul' }, { place: 'no-such-place' }, { event: 'crocus-attack' },
      { place: 'kabul', event: 'crocus-attack', lang: 'en' }, { theme: 'dark' }, { theme: 'auto', layout: 'map' }, { layout: 'map', lang: 'en' },
      { theme: 'neon' }, { _rsc: 'abc' }, { utm_source: 'newsletter' },
    ];
    const paths = [...new Set(pages.map((r) => r.source).filter((source) => !source.includes(':')))];
    expect(paths).toEqual(expect.arrayContaining(['/', '/embed', '/classroom', '/articles', '/articles/crocus-2024/embed']));
    for (const path of paths) {
      for (const query of queries) {
        const label = `${path}?${new URLSearchParams(query)}`;
        expect(firstMatch([...shortcuts, ...pages], path, query), label).toBe(firstMatch(pages, path, query));
      }
    }
  });

  it('are none for a view that reads the query', () => {
    for (const shortcut of shortcuts) expect(shortcut.has ?? [], shortcut.source).toEqual([]);
  });
});
