// places.csv and places.kml as text: RFC 4180 quoting, one record per place, KML 2.2.
// (tests/api/downloads.test.ts reads the served files with GDAL.)
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_ID, getArticle } from '@/app/_lib/article/repository';
import { CSV_COLUMNS, csvField, csvText, placesCsv } from '@/app/_lib/classroom/csv';
import { placesKml } from '@/app/_lib/classroom/kml';

const article = getArticle(DEFAULT_ARTICLE_ID)!;

/** A strict RFC 4180 reader, written here so that the test does not read with the code it tests. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i += 1;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record must end in CRLF');
  return records;
}

describe('csvField', () => {
  it('quotes a field with a comma, a double quote or a line break, doubling the quotes', () => {
    expect(csvField('Kabul')).toBe('Kabul');
    expect(csvField('Washington, D.C.')).toBe('"Washington, D.C."');
    expect(csvField('the "Washington-based" group')).toBe('"the ""Washington-based"" group"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('ends\r')).toBe('"ends\r"');
    expect(csvField(55.75222)).toBe('55.75222');
    expect(csvField(-77.03637)).toBe('-77.03637');
  });

  it('ends every record, the last too, with CRLF', () => {
    expect(csvText([['a', 'b'], ['c, d', 1]])).toBe('a,b\r\n"c, d",1\r\n');
    expect(parseCsv(csvText([['x"y', 'z\nw', ''], ['1', '2', '3']]))).toEqual([['x"y', 'z\nw', ''], ['1', '2', '3']]);
  });
});

describe('placesCsv', () => {
  const records = parseCsv(placesCsv(article));

  it('has the contract’s columns and one row per place', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records[0]).toEqual(['id', 'name_nb', 'name_en', 'kind', 'lon', 'lat', 'mentionCount', 'eventCount', 'paragraphCount']);
    expect(records.slice(1).map((r) => r[0])).toEqual(article.places.map((p) => p.id));
  });

  it('writes each place’s names, kind, label point and counts', () => {
    for (const place of article.places) {
      const row = records.find((r) => r[0] === place.id)!;
      const p = place.properties;
      expect(row).toEqual([place.id, p.name.nb, p.name.en, p.kind, String(p.labelPoint[0]), String(p.labelPoint[1]), String(p.mentionCount), String(p.eventIds.length), String(p.paragraphIds.length)]);
    }
    expect(records.find((r) => r[0] === 'washington')?.[2]).toBe('Washington, D.C.');
  });
});

describe('placesKml', () => {
  const kml = placesKml(article);

  it('is KML 2.2 in UTF-8', () => {
    expect(kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(kml).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
  });

  it('has a Placemark per place, its id the place id and its name the Norwegian name', () => {
    const placemarks = [...kml.matchAll(/<Placemark id="([^"]+)">\s*<name>([^<]*)<\/name>/g)].map((m) => [m[1], m[2]]);
    expect(placemarks).toEqual(article.places.map((p) => [p.id, p.properties.name.nb.replace(/&/g, '&amp;')]));
  });

  it('draws areas as polygons and cities as points, at their real coordinates', () => {
    expect(kml.match(/<Placemark /g)).toHaveLength(article.places.length);
    const kabul = kml.slice(kml.indexOf('<Placemark id="kabul">'));
    expect(kabul.slice(0, kabul.indexOf('</Placemark>'))).toMatch(/<Point><coordinates>69\.17233,34\.52813<\/coordinates><\/Point>/);
    const tajikistan = kml.slice(kml.indexOf('<Placemark id="tajikistan">'));
    expect(tajikistan.slice(0, tajikistan.indexOf('</Placemark>'))).toContain('<Polygon>');
  });
});
