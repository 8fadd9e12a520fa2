import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/app/_lib/geoparse/load';
import { placesCollection } from '@/app/_lib/article/outlines';
import { assembleWith, readArticleFile } from '../support/articleFiles';

const article = assembleWith();
// The article as supplied and the team's fact sheet, both kept beside the article's data.
const sourceText = readArticleFile('article.nb.txt');
const facts = readArticleFile('facts.md');
const places = JSON.parse(readArticleFile('places.json')).places as { id: string; kind: string; countryIso?: string }[];

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const countries = topoFeature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;

describe('the article data', () => {
  // The gazetteer loads once per process; on a busy machine that takes a few seconds.
  beforeAll(() => void loadGazetteer(), 60_000);

  it('quotes only what the article says, verbatim', () => {
    for (const event of article.events) {
      for (const { quote } of event.evidence) expect(sourceText, event.id).toContain(quote);
    }
  });

  it('has mentions whose offsets slice to their text', () => {
    for (const mention of article.mentions) {
      const paragraph = article.paragraphs.find((p) => p.id === mention.paragraphId);
      expect(paragraph?.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('mentions every place at least once and tells every event in at least one paragraph', () => {
    for (const place of article.places) expect(place.properties.mentionCount, place.id).toBeGreaterThan(0);
    for (const event of article.events) expect(event.paragraphIds.length, event.id).toBeGreaterThan(0);
  });

  it('takes every event date and site from the fact sheet', () => {
    for (const event of article.events) {
      for (const date of [event.date.start, event.date.end]) if (date) expect(facts, event.id).toContain(date);
      for (const site of [event.site, ...(event.relatedSites ?? [])]) {
        if (site && site.precision !== 'city') expect(facts, event.id).toContain(`[${site.coordinates.join(', ')}]`);
      }
    }
  });

  it('gives every place and every event a source', () => {
    for (const place of article.places) expect(place.properties.source.title, place.id).not.toBe('');
    for (const event of article.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
  });

  it('has the six places of the design card with their contract geometry', () => {
    const kinds = Object.fromEntries(article.places.map((p) => [p.id, `${p.properties.kind}/${p.geometry.type}`]));
    expect(kinds).toMatchObject({ moscow: 'city/Point', kabul: 'city/Point', stockholm: 'city/Point' });
    expect(kinds.bryansk).toMatch(/^region\/(Multi)?Polygon$/);
    expect(kinds.kaluga).toMatch(/^region\/(Multi)?Polygon$/);
    expect(kinds.tajikistan).toMatch(/^country\/(Multi)?Polygon$/);
  });

  // At 1:50m the generalised coast can miss a coastal capital by a kilometre (Stockholm lies on
  // islands), so "inside" allows 2 km; a city put in the wrong country is hundreds of km off.
  it('puts every city and every region inside its country, by the 1:50m Natural Earth borders', () => {
    for (const record of places.filter((p) => p.kind === 'city' || p.kind === 'region')) {
      const country = countries.features.find((f: Feature) => f.id === record.countryIso);
      const place = article.places.find((p) => p.id === record.id)!;
      expect(country, record.id).toBeDefined();
      const kmOutside = pointToPolygonDistance(point(place.properties.labelPoint), country!, { units: 'kilometers' });
      expect(kmOutside, record.id).toBeLessThan(2);
    }
  });

  it('puts every label point inside its own polygon', () => {
    for (const place of article.places) {
      if (place.geometry.type === 'Point') expect(place.properties.labelPoint).toEqual(place.geometry.coordinates);
      else expect(booleanPointInPolygon(point(place.properties.labelPoint), place.geometry), place.id).toBe(true);
    }
  });

  // Its own time limit: it validates the whole collection (about a second alone; several on a busy two-core machine).
  it('serves valid GeoJSON that stays under 150 KB gzipped', { timeout: 30_000 }, () => {
    const body = JSON.stringify(placesCollection(article));
    expect(() => check(body)).not.toThrow();
    expect(gzipSync(body).length).toBeLessThan(150 * 1024);
  });
});
