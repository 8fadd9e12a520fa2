// The classroom's downloads, fetched over HTTP from the built app and read with GDAL's ogrinfo
// (Debian gdal-bin), as a teacher's GIS tool or Google Earth would read them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, getJson, url } from './http';

const OGRINFO = process.env.OGRINFO ?? '/usr/bin/ogrinfo';

interface Place {
  id: string;
  geometry: { type: string };
  properties: { name: { nb: string; en: string }; kind: string; labelPoint: [number, number]; mentionCount: number; eventIds: string[]; paragraphIds: string[] };
}

/** One feature as `ogrinfo -al` prints it: its fields, and the first line of its geometry. */
interface OgrFeature {
  fields: Record<string, string>;
  geometry: string;
}

let dir: string;
let places: Place[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'classroom-downloads-'));
  places = ((await getJson(`/api/articles/${ARTICLE}/places.geojson`)).body as { features: Place[] }).features;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Downloads a file of the API into the temporary folder. */
async function download(name: string): Promise<{ response: Response; file: string; text: string }> {
  const response = await fetch(url(`/api/articles/${ARTICLE}/${name}`));
  const text = await response.text();
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { response, file, text };
}

function ogrinfo(...args: string[]): string {
  return execFileSync(OGRINFO, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The features of `ogrinfo -al` output. */
function features(output: string): OgrFeature[] {
  return output
    .split(/^OGRFeature\([^)]*\):\d+$/m)
    .slice(1)
    .map((block) => {
      const fields: Record<string, string> = {};
      let geometry = '';
      for (const line of block.split('\n')) {
        const field = /^ {2}(\S+) \([^)]*\) = (.*)$/.exec(line);
        if (field) fields[field[1]!] = field[2]!;
        else if (/^ {2}(POINT|LINESTRING|POLYGON|MULTI)/.test(line)) geometry ||= line.trim();
      }
      return { fields, geometry };
    });
}

const featureCount = (summary: string) => Number(/Feature Count: (\d+)/.exec(summary)?.[1]);

describe('GET places.kml', () => {
  it('is KML for Google Earth, readable from any origin', async () => {
    const { response, text } = await download('places.kml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.google-earth.kml+xml; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(text).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
  });

  it('reads in GDAL with every place: its id, names, kind, counts and geometry', async () => {
    const { file } = await download('places.kml');
    const summary = ogrinfo('-al', '-so', file);
    expect(summary).toMatch(/using driver `(LIB)?KML' successful/);
    expect(featureCount(summary)).toBe(places.length);
    const read = features(ogrinfo('-al', file));
    for (const place of places) {
      const found = read.find((f) => f.fields.id === place.id);
      expect(found, `${place.id} in places.kml`).toBeDefined();
      const p = place.properties;
      expect(found!.fields).toMatchObject({ Name: p.name.nb, name_nb: p.name.nb, name_en: p.name.en, kind: p.kind, mentionCount: String(p.mentionCount), eventCount: String(p.eventIds.length), paragraphCount: String(p.paragraphIds.length) });
      expect(found!.geometry.startsWith(place.geometry.type === 'Point' ? 'POINT' : place.geometry.type === 'Polygon' ? 'POLYGON' : 'MULTIPOLYGON'), `${place.id}: ${found!.geometry.slice(0, 40)}`).toBe(true);
    }
    const moscow = read.find((f) => f.fields.id === 'moscow');
    expect(moscow?.geometry).toBe('POINT (37.61556 55.75222)');
  });
});

describe('GET places.csv', () => {
  it('is CSV in UTF-8, readable from any origin', async () => {
    const { response, text } = await download('places.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(text.split('\r\n')[0]).toBe('id,name_nb,name_en,kind,lon,lat,mentionCount,eventCount,paragraphCount');
  });

  it('reads in GDAL as points at the label points, one per place, with every field', async () => {
    const { file } = await download('places.csv');
    const open = ['-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', '-oo', 'AUTODETECT_TYPE=YES'];
    const summary = ogrinfo('-al', '-so', ...open, file);
    expect(summary).toContain("using driver `CSV' successful");
    expect(summary).toMatch(/Geometry: Point/);
    expect(featureCount(summary)).toBe(places.length);
    const read = features(ogrinfo('-al', ...open, file));
    expect(read.map((f) => f.fields.id)).toEqual(places.map((p) => p.id));
    for (const place of places) {
      const found = read.find((f) => f.fields.id === place.id)!;
      const p = place.properties;
      expect(found.fields).toMatchObject({ name_nb: p.name.nb, name_en: p.name.en, kind: p.kind, mentionCount: String(p.mentionCount), eventCount: String(p.eventIds.length), paragraphCount: String(p.paragraphIds.length) });
      expect(found.geometry).toBe(`POINT (${p.labelPoint[0]} ${p.labelPoint[1]})`);
    }
    // A name with a comma comes through whole (RFC 4180 quoting).
    expect(read.find((f) => f.fields.id === 'washington')?.fields.name_en).toBe('Washington, D.C.');
  });
});

describe('GET places.geojson (the third download)', () => {
  it('reads in GDAL with every place', async () => {
    const { file } = await download('places.geojson');
    expect(featureCount(ogrinfo('-al', '-so', file))).toBe(places.length);
    const read = features(ogrinfo('-al', '-geom=SUMMARY', '-oo', 'FLATTEN_NESTED_ATTRIBUTES=YES', file));
    for (const place of places) {
      expect(read.find((f) => f.fields.id === place.id)?.fields, place.id).toMatchObject({ name_nb: place.properties.name.nb, name_en: place.properties.name.en, kind: place.properties.kind });
    }
  });
});

describe('places.kml, places.{nb,en}.kml: styled, named in a language', () => {
  it('has a style per kind of place: IconStyle for cities, PolyStyle for areas', async () => {
    const { text, file } = await download('places.kml');
    expect(text).toMatch(/<Style id="kind-city"><IconStyle><color>[0-9a-f]{8}<\/color>/);
    expect(text).toMatch(/<Style id="kind-region">.*?<PolyStyle><color>[0-9a-f]{8}<\/color><\/PolyStyle>/);
    expect(text).toMatch(/<Style id="kind-country">.*?<PolyStyle>/);
    // GDAL's LIBKML driver reads each Placemark's style.
    const read = ogrinfo('-al', file);
    const styles = [...read.matchAll(/^ {2}Style = @(\S+)$/gm)].map((m) => m[1]);
    expect(styles).toHaveLength(places.length);
    expect(styles).toEqual(places.map((p) => `kind-${p.properties.kind}`));
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`places.${lang}.kml names every place in ${lang}, with the other name kept`, async () => {
      const { response, file } = await download(`places.${lang}.kml`);
      expect(response.headers.get('content-type')).toBe('application/vnd.google-earth.kml+xml; charset=utf-8');
      const read = features(ogrinfo('-al', file));
      expect(read).toHaveLength(places.length);
      for (const place of places) {
        const found = read.find((f) => f.fields.id === place.id);
        expect(found?.fields, place.id).toMatchObject({ Name: place.properties.name[lang], name_nb: place.properties.name.nb, name_en: place.properties.name.en });
      }
    });
  }
});

describe('places.{nb,en}.geojson: plain names for GIS tools', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`places.${lang}.geojson reads in GDAL with name a plain string in ${lang}, beside name_nb and name_en`, async () => {
      const { response, file } = await download(`places.${lang}.geojson`);
      expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const summary = ogrinfo('-al', '-so', file);
      expect(featureCount(summary)).toBe(places.length);
      // Without any flattening option: a nested object would come through as JSON text.
      expect(summary).toMatch(/^name: String \(0\.0\)$/m);
      const read = features(ogrinfo('-al', '-geom=SUMMARY', file));
      for (const place of places) {
        const found = read.find((f) => f.fields.id === place.id);
        expect(found?.fields, place.id).toMatchObject({ name: place.properties.name[lang], name_nb: place.properties.name.nb, name_en: place.properties.name.en, kind: place.properties.kind });
      }
    });
  }
});

describe('places.excel.csv: for Excel set to Norwegian', () => {
  it('is UTF-8 with a byte-order mark, semicolons and decimal commas, and reads in GDAL as points', async () => {
    const response = await fetch(url(`/api/articles/${ARTICLE}/places.excel.csv`));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('id;name_nb;name_en;kind;lon;lat;mentionCount;eventCount;paragraphCount');
    expect(text).toContain('moscow;Moskva;Moscow;city;37,61556;55,75222;');
    const file = path.join(dir, 'places.excel.csv');
    writeFileSync(file, bytes);
    const open = ['-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat'];
    const read = features(ogrinfo('-al', ...open, file));
    expect(read.map((f) => f.fields.id)).toEqual(places.map((p) => p.id));
    for (const place of places) expect(read.find((f) => f.fields.id === place.id)?.geometry, place.id).toBe(`POINT (${place.properties.labelPoint[0]} ${place.properties.labelPoint[1]})`);
    expect(read.find((f) => f.fields.id === 'washington')?.fields.name_en).toBe('Washington, D.C.');
  });
});

describe('facts.{nb,en}[.excel].csv: the place-facts table', () => {
  it('facts.en.csv: one row per place, with area, country, coordinates and the distance from Moscow and how it was measured', async () => {
    const { response, file, text } = await download('facts.en.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(text.split('\r\n')[0]).toBe('id,name,kind,area_km2,country,latitude,longitude,latitude_dms,longitude_dms,km_from_moscow,measured_to');
    const read = features(ogrinfo('-al', '-oo', 'X_POSSIBLE_NAMES=longitude', '-oo', 'Y_POSSIBLE_NAMES=latitude', file));
    expect(read.map((f) => f.fields.id)).toEqual(places.map((p) => p.id));
    const row = (id: string) => read.find((f) => f.fields.id === id)!.fields;
    expect(row('stockholm')).toMatchObject({ name: 'Stockholm', kind: 'city', country: 'Sweden', latitude_dms: '59° 19′ 46″ N', measured_to: 'the city' });
    expect(row('russia')).toMatchObject({ km_from_moscow: '0', measured_to: 'inside' });
    expect(row('kaluga').measured_to).toBe('nearest border point');
    // PROJ geod from Moscow to Kaluga Oblast's outline: 73.4 km (tests/fixtures/classroom/border).
    expect(Math.abs(Number(row('kaluga').km_from_moscow) - 73.4)).toBeLessThan(1);
    // SpatiaLite: Tajikistan 142,287 km² on the sphere.
    expect(Math.abs(Number(row('tajikistan').area_km2) - 142287) / 142287).toBeLessThan(0.005);
  });

  it('facts.nb.excel.csv: Norwegian headers and words, semicolons, decimal commas, a byte-order mark', async () => {
    const response = await fetch(url(`/api/articles/${ARTICLE}/facts.nb.excel.csv`));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('id;navn;type;areal_km2;land;breddegrad;lengdegrad;breddegrad_gms;lengdegrad_gms;km_fra_moskva;målt_til');
    expect(lines.find((l) => l.startsWith('stockholm;'))).toMatch(/^stockholm;Stockholm;by;;Sverige;59,32938;18,06871;59° 19′ 46″ N;18° 04′ 07″ Ø;12\d\d,\d;byen$/);
    expect(lines.find((l) => l.startsWith('russia;'))).toMatch(/;0;inne i$/);
  });
});

describe('the downloads’ errors', () => {
  for (const name of ['places.kml', 'places.csv', 'places.en.geojson', 'places.nb.kml', 'places.excel.csv', 'facts.en.csv', 'facts.nb.excel.csv', 'worksheet-map.en.svg']) {
    it(`${name}: 404 for an unknown article, 400 for a malformed id, 405 for POST, as problem+json`, async () => {
      const unknown = await getJson(`/api/articles/no-such-article/${name}`);
      expect(unknown.response.status).toBe(404);
      expect(unknown.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(unknown.response.headers.get('access-control-allow-origin')).toBe('*');
      const malformed = await getJson(`/api/articles/Not_A_Slug/${name}`);
      expect(malformed.response.status).toBe(400);
      expect(malformed.body).toMatchObject({ status: 400 });
      const post = await getJson(`/api/articles/${ARTICLE}/${name}`, { method: 'POST' });
      expect(post.response.status).toBe(405);
      expect(post.response.headers.get('allow')).toContain('GET');
    });
  }
});
