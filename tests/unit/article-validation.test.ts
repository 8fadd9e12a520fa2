import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { DataError } from '@/app/_lib/article/dataError';
import { assembleWith, editJson, readArticleFile } from '../support/articleFiles';

function problemsOf(overrides: Record<string, string>): string[] {
  try {
    assembleWith(overrides);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected the data to be rejected');
}

type Places = { places: { id: string; surfaceForms: unknown; kind: string }[] };
type Events = { events: { id: string; placeIds: string[]; evidence: { paragraphId: string; quote: string }[]; date: { start: string } }[] };

describe('bad data stops the build with the file, the record and what is wrong', () => {
  // The gazetteer loads once per process; on a busy machine that takes a few seconds.
  beforeAll(() => void loadGazetteer(), 60_000);

  it('accepts the shipped data', () => {
    expect(() => assembleWith()).not.toThrow();
  });

  it('refuses the hand-typed surface forms that the geoparser replaced', () => {
    const places = editJson('places.json', (data: Places) => {
      data.places[4]!.surfaceForms = ['Brjansk'];
    });
    expect(problemsOf({ 'places.json': places })[0]).toMatch(/places\.json: places\[4\] \(id "bryansk"\).*surfaceForms/);
  });

  it('refuses the id that /articles, the index, would shadow', () => {
    const article = editJson('article.json', (data: { id: string }) => {
      data.id = 'articles';
    });
    expect(problemsOf({ 'article.json': article })).toContainEqual(expect.stringMatching(/article\.json.*id.*is reserved: \/articles is the index of all articles/));
  });

  it('names the place with an unknown kind', () => {
    const places = editJson('places.json', (data: Places) => {
      data.places[0]!.kind = 'town';
    });
    expect(problemsOf({ 'places.json': places })[0]).toMatch(/places\.json: places\[0\] \(id "moscow"\) › kind: /);
  });

  it('names the event whose quote is not verbatim in its paragraph', () => {
    const events = editJson('events.json', (data: Events) => {
      data.events[0]!.evidence[0]!.quote = 'Dette står ikke i artikkelen';
    });
    const id = (JSON.parse(events) as Events).events[0]!.id;
    expect(problemsOf({ 'events.json': events })).toContainEqual(
      expect.stringMatching(new RegExp(`events\\.json: events\\[0\\] \\(id "${id}"\\): quote "Dette står ikke i artikkelen" is not verbatim in p\\d+`)),
    );
  });

  it('names the event that points at an unknown place or has an impossible date', () => {
    const events = editJson('events.json', (data: Events) => {
      data.events[1]!.placeIds.push('atlantis');
      data.events[2]!.date.start = '2024-13-01';
    });
    const problems = problemsOf({ 'events.json': events });
    expect(problems.join('\n')).toMatch(/events\[2\] \(id "[a-z0-9-]+"\) › date › start: must be an ISO 8601 date/);
  });

  it('names the place the text never mentions', () => {
    const text = readArticleFile('article.nb.txt').replace('Washington-baserte', 'Oslo-baserte');
    expect(problemsOf({ 'article.nb.txt': text })).toEqual([
      'data/articles/crocus-2024/places.json: places[3] (id "washington"): the geoparser finds no mention of this place in the text',
    ]);
  });

  it('gives the line of a JSON syntax error', () => {
    const broken = readArticleFile('places.json').replace('"kind": "region"', '"kind": "region",,');
    const [problem] = problemsOf({ 'places.json': broken });
    const line = broken.split('\n').findIndex((l) => l.includes(',,')) + 1;
    expect(problem).toContain(`data/articles/crocus-2024/places.json (line ${line}): not valid JSON`);
  });

  it('reports a paragraph without translation', () => {
    const translation = editJson('translation.en.json', (data: { paragraphs: unknown[] }) => {
      data.paragraphs.pop();
    });
    expect(problemsOf({ 'translation.en.json': translation })).toEqual([
      'data/articles/crocus-2024/translation.en.json: paragraph p22 has no translation',
    ]);
  });

  it('reports a place without geometry', () => {
    const geometry = editJson('geometry.geojson', (data: { features: { id: string }[] }) => {
      data.features = data.features.filter((f) => f.id !== 'kaluga');
    });
    expect(problemsOf({ 'geometry.geojson': geometry })).toEqual([
      'data/articles/crocus-2024/geometry.geojson: no feature for place "kaluga" (run npm run data:build)',
    ]);
  });
});
