// The studio's proposals for a text: one per gazetteer entry, accepted at 0.8, candidates made by
// article:new's own place records, every id unique; and the gazetteer search.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '@/app/_lib/authoring/text';
import { atlasIndex } from '@/app/_lib/geobuild/articleGeometry';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { searchGazetteer, type CandidateContext } from '@/app/_lib/studio/candidates';
import { propose } from '@/app/_lib/studio/proposals';

const STORY = readFileSync('tests/fixtures/studio/ferjerute.nb.txt', 'utf8');
let context: CandidateContext;

beforeAll(() => {
  context = { lang: 'nb', gazetteer: loadGazetteer(), atlas: atlasIndex() };
}, 60_000);

describe('proposals', () => {
  it('groups the mentions by place and accepts those the geoparser is sure of', () => {
    const { proposals } = propose(STORY, '2024-03-23', context);
    const byMention = (text: string) => proposals.find((p) => p.mentions.some((m) => m.text === text))!;
    expect(byMention('Norge')).toMatchObject({ accepted: true, confidence: 1, candidates: [{ label: 'Norge (land)', place: { id: 'norway', kind: 'country', geometry: { source: 'world-atlas', iso: '578' } } }] });
    expect(byMention('Bergen').candidates.map((c) => c.label).slice(0, 2)).toEqual(['Bergen, Norge (by)', 'Bergen, Nederland (by)']);
    for (const proposal of proposals) expect(proposal.accepted).toBe(proposal.confidence >= 0.8);
    const ids = proposals.flatMap((p) => p.candidates.map((c) => c.place.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a text without a place', () => {
    expect(() => propose('Det regnet hele dagen, og alle ble våte.', '2024-03-23', context)).toThrow(new InputError('the geoparser found no place in the text'));
  });
});

describe('the gazetteer search', () => {
  it('finds at most ten places of a name, most populous first, with ids not taken', () => {
    const candidates = searchGazetteer('Bergen', new Set(['bergen']), context);
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.length).toBeLessThanOrEqual(10);
    expect(candidates[0]).toMatchObject({ label: 'Bergen, Norge (by)', coordinates: [5.3242, 60.393], place: { id: 'bergen-2', name: { nb: 'Bergen', en: 'Bergen' } } });
    expect(searchGazetteer('Ingenstedsby', new Set(), context)).toEqual([]);
  });
});
