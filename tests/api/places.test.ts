import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ARTICLE, getJson, url } from './http';

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: {
    id: string;
    name: { nb: string; en: string };
    kind: string;
    labelPoint: [number, number];
    paragraphIds: string[];
    eventIds: string[];
    mentionCount: number;
    events?: { id: string; date: { start: string } }[];
    paragraphs?: { id: string; text: string }[];
  };
}

describe('GET places.geojson', () => {
  it('is a GeoJSON FeatureCollection served as application/geo+json', async () => {
    const { response, body } = await getJson(`/api/articles/${ARTICLE}/places.geojson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const collection = body as { type: string; features: Feature[] };
    expect(collection.type).toBe('FeatureCollection');
    const ids = collection.features.map((f) => f.id);
    for (const id of ['moscow', 'bryansk', 'kaluga', 'kabul', 'stockholm', 'tajikistan']) expect(ids).toContain(id);
    for (const feature of collection.features) {
      expect(feature.properties.id).toBe(feature.id);
      expect(feature.properties.mentionCount).toBeGreaterThan(0);
      expect(feature.properties.paragraphIds.length).toBeGreaterThan(0);
    }
  });

  it('gives the six places of the design card the geometry the contract names', async () => {
    const collection = (await getJson(`/api/articles/${ARTICLE}/places.geojson`)).body as { features: Feature[] };
    const byId = new Map(collection.features.map((f) => [f.id, f]));
    for (const id of ['moscow', 'kabul', 'stockholm']) {
      expect(byId.get(id)?.properties.kind).toBe('city');
      expect(byId.get(id)?.geometry.type).toBe('Point');
    }
    expect(byId.get('bryansk')?.properties.kind).toBe('region');
    expect(byId.get('kaluga')?.properties.kind).toBe('region');
    expect(byId.get('tajikistan')?.properties.kind).toBe('country');
    for (const id of ['bryansk', 'kaluga', 'tajikistan']) expect(byId.get(id)?.geometry.type).toMatch(/^(Multi)?Polygon$/);
  });

  it('is cacheable: a Content-Length, Cache-Control, and an ETag that a conditional request gets a 304 for', async () => {
    // Uncompressed, as a client that asks for no compression gets it (fetch asks for gzip unless told).
    const first = await fetch(url(`/api/articles/${ARTICLE}/places.geojson`), { headers: { 'Accept-Encoding': 'identity' } });
    const body = await first.arrayBuffer();
    expect(Number(first.headers.get('content-length'))).toBe(body.byteLength);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Through node:http, as a browser revalidates: fetch adds `Cache-Control: no-cache` to a conditional request.
    const again = await new Promise<{ status?: number; bytes: number }>((resolve, reject) => {
      get(url(`/api/articles/${ARTICLE}/places.geojson`), { headers: { 'If-None-Match': etag! } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode, bytes }));
      }).on('error', reject);
    });
    expect(again).toEqual({ status: 304, bytes: 0 });
  });

  it('keeps its outlines to three decimals, what the maps can show at their closest zoom', async () => {
    const { features } = (await getJson(`/api/articles/${ARTICLE}/places.geojson`)).body as { features: Feature[] };
    const outlines = JSON.stringify(features.filter((f) => f.geometry.type !== 'Point').map((f) => f.geometry.coordinates));
    expect(outlines).toMatch(/\d\.\d{3}\b/);
    expect(outlines).not.toMatch(/\d\.\d{4}/);
  });
});

describe('GET markers.geojson', () => {
  it('puts every place at its label point, and gives each area the box of its outline', async () => {
    const [markers, places] = await Promise.all([
      getJson(`/api/articles/${ARTICLE}/markers.geojson`),
      getJson(`/api/articles/${ARTICLE}/places.geojson`),
    ]);
    expect(markers.response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const outlines = new Map((places.body as { features: Feature[] }).features.map((f) => [f.id, f]));
    const features = (markers.body as { features: (Feature & { bbox?: number[] })[] }).features;
    expect(features.map((f) => f.id).sort()).toEqual([...outlines.keys()].sort());
    for (const feature of features) {
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: feature.properties.labelPoint });
      expect(feature.properties).toEqual(outlines.get(feature.id)?.properties);
      if (feature.properties.kind === 'city') continue;
      const [west, south, east, north] = feature.bbox ?? [];
      const [lon, lat] = feature.properties.labelPoint;
      expect(west! <= lon && lon <= east! && south! <= lat && lat <= north!, `${feature.id}'s box holds its label point`).toBe(true);
    }
    // Russia's box is its main landmass, not a band round the world from Chukotka's far side.
    const russia = features.find((f) => f.id === 'russia')?.bbox ?? [];
    expect(russia[0]).toBeGreaterThan(0);
    expect(russia[0]).toBeLessThan(30);
  });

  it('is a tenth of the bytes of the outlines', async () => {
    const [markers, places] = await Promise.all([getJson(`/api/articles/${ARTICLE}/markers.geojson`), getJson(`/api/articles/${ARTICLE}/places.geojson`)]);
    expect(markers.text.length * 10).toBeLessThan(places.text.length);
  });
});

describe('GET places/{placeId}', () => {
  it('shows Kabul with the airport paragraph and the 2021-08-26 event', async () => {
    const { response, body } = await getJson(`/api/articles/${ARTICLE}/places/kabul`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const kabul = body as Feature;
    expect(kabul.properties.name.en).toBe('Kabul');
    expect(kabul.properties.paragraphs?.map((p) => p.text).join('\n')).toContain('flyplassen i Kabul i august 2021');
    expect(kabul.properties.events?.map((e) => e.date.start)).toContain('2021-08-26');
  });

  it('answers an unknown place with a 404 problem and a malformed one with a 400', async () => {
    const unknown = await getJson(`/api/articles/${ARTICLE}/places/atlantis`);
    expect(unknown.response.status).toBe(404);
    expect(unknown.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({ status: 404, detail: expect.stringContaining('atlantis') });

    const malformed = await getJson(`/api/articles/${ARTICLE}/places/Kabul%00`);
    expect(malformed.response.status).toBe(400);
    expect(malformed.body).toMatchObject({ status: 400 });
  });
});

describe('GET events.json', () => {
  it('lists the events sorted by date, each with paragraphs and sources', async () => {
    const { response, body } = await getJson(`/api/articles/${ARTICLE}/events.json`);
    expect(response.status).toBe(200);
    const { events } = body as { events: { id: string; date: { start: string }; paragraphIds: string[]; sources: unknown[]; status: string }[] };
    expect(events.length).toBeGreaterThanOrEqual(15);
    const starts = events.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
    for (const event of events) {
      expect(event.paragraphIds.length, event.id).toBeGreaterThan(0);
      expect(event.sources.length, event.id).toBeGreaterThan(0);
    }
    expect(events.some((e) => e.status === 'unverified')).toBe(true);
  });
});

describe('GET places.geojson: the border policy (docs/borders.md)', () => {
  // Crimea is Ukraine's (UN GA resolution 68/262); 603,628 km² is Ukraine's official area with it.
  const SIMFEROPOL: [number, number] = [34.1, 44.95];
  const SEVASTOPOL: [number, number] = [33.52, 44.6];

  it('puts Simferopol and Sevastopol in Ukraine and not in Russia, and gives Ukraine its area within 2 %', async () => {
    const collection = (await getJson(`/api/articles/${ARTICLE}/places.geojson`)).body as { features: Feature[] };
    const area_ = (id: string) => {
      const feature = collection.features.find((f) => f.id === id);
      if (!feature || !/^(Multi)?Polygon$/.test(feature.geometry.type)) throw new Error(`${id} has no area`);
      return feature.geometry as Polygon | MultiPolygon;
    };
    for (const city of [SIMFEROPOL, SEVASTOPOL]) {
      expect(booleanPointInPolygon(city, area_('ukraine'))).toBe(true);
      expect(booleanPointInPolygon(city, area_('russia'))).toBe(false);
    }
    const km2 = area(area_('ukraine')) / 1e6;
    expect(Math.abs(km2 - 603_628) / 603_628).toBeLessThan(0.02);
  });
});
