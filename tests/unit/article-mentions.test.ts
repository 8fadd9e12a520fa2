import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { assembleWith } from '../support/articleFiles';

const expected = JSON.parse(readFileSync('tests/fixtures/geoparse/crocus-mentions.json', 'utf8')) as {
  mentions: { paragraphId: string; start: number; end: number; text: string; placeId: string }[];
};

describe('the article build takes its mentions from the geoparser', () => {
  // The gazetteer loads once per process; on a busy machine that takes a few seconds.
  beforeAll(() => void loadGazetteer(), 60_000);

  it('keeps the 43 mentions of the crocus article, with the same spans and places', () => {
    const { mentions } = assembleWith();
    expect(mentions.map(({ paragraphId, start, end, text, placeId }) => ({ paragraphId, start, end, text, placeId }))).toEqual(expected.mentions);
  });

  it('has no hand-typed surface forms left in places.json', () => {
    expect(readFileSync('data/articles/crocus-2024/places.json', 'utf8')).not.toContain('surfaceForms');
  });
});
