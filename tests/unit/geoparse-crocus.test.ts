import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/app/_lib/article/paragraphs';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { geoparseParagraphs } from '@/app/_lib/geoparse/paragraphs';

interface Expected {
  kinds: Record<string, string>;
  mentions: { paragraphId: string; start: number; end: number; text: string; placeId: string }[];
}

const expected = JSON.parse(readFileSync('tests/fixtures/geoparse/crocus-mentions.json', 'utf8')) as Expected;
const text = readFileSync('data/articles/crocus-2024/article.nb.txt', 'utf8');

describe('the crocus article, from its text alone', () => {
  // The gazetteer loads once per process; on a busy machine that takes a few seconds.
  beforeAll(() => void loadGazetteer(), 60_000);

  const gazetteer = loadGazetteer();
  const found = geoparseParagraphs(splitParagraphs(text), 'nb', gazetteer);

  it('finds all 43 mentions, span for span', () => {
    expect(found.map(({ paragraphId, start, end, text }) => ({ paragraphId, start, end, text }))).toEqual(
      expected.mentions.map(({ paragraphId, start, end, text }) => ({ paragraphId, start, end, text })),
    );
  });

  it('names 20 places, each with the kind places.json gives it', () => {
    const byPlace = new Map<string, Set<string>>();
    found.forEach((m, i) => {
      const placeId = expected.mentions[i]!.placeId;
      const seen = byPlace.get(placeId) ?? new Set();
      seen.add(`${m.kind} ${m.name}`);
      byPlace.set(placeId, seen);
      expect(m.kind, `${m.text} (${placeId})`).toBe(expected.kinds[placeId]);
    });
    expect(byPlace.size).toBe(20);
    for (const [placeId, resolutions] of byPlace) expect([...resolutions], placeId).toHaveLength(1);
  });

  it('is sure of the countries and the cities it names', () => {
    const byText = new Map(found.map((m) => [m.text, m]));
    expect(byText.get('Tadsjikistan')).toMatchObject({ name: 'Tajikistan', country: 'TJ', kind: 'country' });
    expect(byText.get('Kabul')).toMatchObject({ kind: 'city', country: 'AF', geonameId: 1138958 });
    expect(byText.get('Moskva')).toMatchObject({ kind: 'city', country: 'RU', geonameId: 524901 });
    expect(byText.get('Stockholm')!.confidence).toBeGreaterThan(0.7);
  });
});
