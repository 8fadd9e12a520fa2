import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeDraft } from '@/app/_lib/authoring/draft';
import { isArticleId, slugify, uniqueSlug } from '@/app/_lib/authoring/ids';
import { lineOfPath, locateProblem } from '@/app/_lib/authoring/problems';
import { decodeStory, InputError, markdownToText, storyText } from '@/app/_lib/authoring/text';
import { ArticleExistsError, writeArticleAtomically } from '@/app/_lib/authoring/write';
import { loadGazetteer } from '@/app/_lib/geoparse/load';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/authoring/${name}`, import.meta.url), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the story file', () => {
  it('refuses an empty, binary or 1 MB file with a message that says which', () => {
    expect(() => decodeStory(bytes('  \n\n '), 'a.txt')).toThrow(/a\.txt is empty/);
    expect(() => decodeStory(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'a.txt')).toThrow(/binary/);
    expect(() => decodeStory(new Uint8Array([0xff, 0xfe, 0x41, 0x42]), 'a.txt')).toThrow(/not UTF-8/);
    expect(() => decodeStory(bytes('\u0001\u0002\u0003\u0004 tekst'), 'a.txt')).toThrow(/looks binary/);
    expect(() => decodeStory(bytes('a'.repeat(1024 * 1024)), 'a.txt')).toThrow(/under 1 MB/);
    expect(() => decodeStory(bytes('Oslo'), 'a.txt')).not.toThrow();
    expect(() => decodeStory(bytes(''), 'a.txt')).toThrow(InputError);
  });

  it('turns markdown into the same plain paragraphs as the text file', () => {
    expect(storyText(fixture('ferje.nb.md'), 'md')).toBe(storyText(fixture('ferje.nb.txt'), 'txt'));
    expect(markdownToText('## Tittel\n\n- én\n- *to*\n\nSe [kartet](https://x.y) og `kode`.')).toBe('Tittel\n\nén\n\nto\n\nSe kartet og kode.');
  });
});

describe('ids', () => {
  it('accepts slugs only', () => {
    for (const good of ['crocus-2024', 'a', 'x1-y2']) expect(isArticleId(good)).toBe(true);
    for (const bad of ['', 'Crocus', '-a', 'a-', 'a--b', '../etc', 'a/b', 'a'.repeat(65), 'æ', 'articles']) expect(isArticleId(bad)).toBe(false);
  });

  it('makes place ids from names, unique', () => {
    expect(slugify('Newcastle upon Tyne')).toBe('newcastle-upon-tyne');
    expect(slugify('Tromsø')).toBe('tromso');
    expect(slugify('São Tomé')).toBe('sao-tome');
    const taken = new Set<string>();
    expect([uniqueSlug('Portland', taken), uniqueSlug('Portland', taken)]).toEqual(['portland', 'portland-2']);
  });
});

describe('the draft of the fixture story', () => {
  beforeAll(() => void loadGazetteer(), 60_000);
  const request = { id: 'ferje', lang: 'nb' as const, title: 'Ny ferjerute', published: '2026-11-30', sourceTitle: 'test', accept: 0.8 };

  it('accepts the proposals at or above the threshold, one place per gazetteer entry', () => {
    const draft = composeDraft({ ...request, text: storyText(fixture('ferje.nb.txt'), 'txt') }, loadGazetteer());
    expect(draft.places.map((p) => [p.id, p.kind, p.name.nb, p.name.en, p.geometry.source])).toEqual([
      ['bergen', 'city', 'Bergen', 'Bergen', 'geonames'],
      ['skottland', 'region', 'Skottland', 'Skottland', 'geonames'],
      ['denmark', 'country', 'Danmark', 'Denmark', 'world-atlas'],
      ['united-kingdom', 'country', 'Storbritannia', 'United Kingdom', 'world-atlas'],
    ]);
    expect(draft.places.find((p) => p.id === 'denmark')).toMatchObject({ countryIso: '208', geometry: { iso: '208' }, featured: false });
    expect(draft.accepted.map((m) => `${m.paragraphId} ${m.text}`)).toEqual(['p1 Bergen', 'p1 Skottland', 'p2 Skottland', 'p2 Danmark', 'p3 Bergen', 'p3 Storbritannia', 'p4 Bergen']);
    expect(JSON.parse(draft.files['translation.en.json']!)).toEqual({ paragraphs: [] });
    expect(JSON.parse(draft.files['events.json']!)).toEqual({ events: [] });
  });

  it('takes more places at a lower threshold, and a region from admin-1 when it has a code', () => {
    const low = composeDraft({ ...request, accept: 0.6, text: storyText(fixture('ferje.nb.txt'), 'txt') }, loadGazetteer());
    expect(low.places.map((p) => p.id)).toEqual(['bergen', 'aberdeen', 'skottland', 'edinburgh', 'denmark', 'united-kingdom', 'newcastle-upon-tyne']);
    const region = composeDraft({ ...request, text: 'Uværet stengte flere veier i Rogaland natt til fredag.\n' }, loadGazetteer());
    expect(region.places[0]).toMatchObject({ id: 'rogaland', kind: 'region', geometry: { source: 'admin1', iso_3166_2: 'NO-11' } });
  });

  it('names a union member that world-atlas draws without an id, and draws a country it lacks as a point', () => {
    const atlas = { ids: new Set(['008', '040', '056']), names: new Set(['Kosovo']) };
    const draft = composeDraft({ ...request, text: 'Flere land i Europa vil hjelpe Gibraltar.\n' }, loadGazetteer(), atlas);
    const [europe, gibraltar] = draft.places;
    expect(europe).toMatchObject({ id: 'europe', kind: 'macro-region', geometry: { source: 'union', members: ['008', '040', '056'], memberNames: ['Kosovo'] } });
    expect(gibraltar).toMatchObject({ id: 'gibraltar', kind: 'country', countryIso: '292', geometry: { source: 'geonames' } });
  });

  it('leaves out a place whose mentions the build would link to another place', () => {
    // The linker takes a city mention for the first city place within 25 km: Asker (17 km) would become Oslo.
    const draft = composeDraft({ ...request, accept: 0.7, text: 'Ordføreren i Oslo møtte representanter fra Bærum og Asker i dag.\n' }, loadGazetteer());
    expect(draft.places.map((p) => p.id)).toEqual(['oslo']);
    expect(draft.merged).toEqual(['asker']);
    expect(draft.accepted.map((m) => m.text)).toEqual(['Oslo']);
  });

  it('refuses a text without a place at the threshold', () => {
    expect(() => composeDraft({ ...request, text: 'Det regnet hele dagen, og ingen gikk ut.\n' }, loadGazetteer())).toThrow(/no place/);
  });
});

describe('problems with their line', () => {
  const raw = '{\n  "events": [\n    {\n      "id": "a",\n      "date": { "start": "2024" }\n    },\n    {\n      "id": "b",\n      "date": {\n        "start": "24"\n      }\n    }\n  ]\n}\n';

  it('finds the line of a field, or of the record that lacks it', () => {
    expect(lineOfPath(raw, ['events', 1, 'date', 'start'])).toBe(10);
    expect(lineOfPath(raw, ['events', 1, 'title'])).toBe(7);
    expect(lineOfPath(raw, ['events', 0])).toBe(3);
  });

  it('reads the file and the path from a DataError message', () => {
    const read = () => raw;
    expect(locateProblem('d/events.json: events[1] (id "b") › date › start: must be an ISO 8601 date', read)).toEqual({
      file: 'd/events.json',
      line: 10,
      message: 'events[1] (id "b") › date › start: must be an ISO 8601 date',
    });
    const twice = '{"places": [\n  {"id": "x"},\n  {"id": "y"},\n  {"id": "x"}\n]}\n';
    expect(locateProblem('d/places.json: id "x" is used twice', () => twice).line).toBe(4);
    expect(locateProblem('d/geometry.geojson: feature "y" is not a place in places.json', () => twice).line).toBe(3);
    expect(locateProblem('d/events.json (line 4): not valid JSON: x', read).line).toBe(4);
  });
});

describe('writing an article folder', () => {
  let parent: string;
  afterEach(() => rmSync(parent, { recursive: true, force: true }));
  const setUp = () => {
    parent = mkdtempSync(path.join(tmpdir(), 'authoring-write-'));
    const root = path.join(parent, 'articles');
    mkdirSync(path.join(root, 'story'), { recursive: true });
    writeFileSync(path.join(root, 'story', 'article.json'), 'old');
    return root;
  };

  it('leaves the old article whole and no temporary folder when the check fails', () => {
    const root = setUp();
    const fail = () => {
      throw new Error('validation failed');
    };
    expect(() => writeArticleAtomically({ root, id: 'story', files: { 'article.json': 'new', 'places.json': '{}' }, force: true, finish: fail })).toThrow(/validation failed/);
    expect(readdirSync(path.join(root, 'story'))).toEqual(['article.json']);
    expect(readFileSync(path.join(root, 'story', 'article.json'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['articles']);
  });

  it('refuses an existing article without force, and replaces it whole with force', () => {
    const root = setUp();
    const write = (force: boolean) => writeArticleAtomically({ root, id: 'story', files: { 'places.json': 'new' }, force, finish: () => {} });
    expect(() => write(false)).toThrow(ArticleExistsError);
    write(true);
    expect(readdirSync(path.join(root, 'story'))).toEqual(['places.json']);
    expect(readdirSync(parent)).toEqual(['articles']);
    expect(existsSync(path.join(root, 'story', 'article.json'))).toBe(false);
  });
});
