import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { OUTLINE_PRECISION, placesCollection } from '@/app/_lib/article/outlines';
import { assembleWith } from '../support/articleFiles';

// The outlines places.geojson serves, against the geometry the build wrote (data/articles/…/geometry.geojson).
const article = assembleWith();
const served = placesCollection(article);
const servedById = new Map(served.features.map((f) => [f.id, f]));

describe('places.geojson outlines', () => {
  it('keep no more decimals than the maps can show', () => {
    const body = JSON.stringify(served.features.filter((f) => f.geometry.type !== 'Point').map((f) => f.geometry));
    const decimals = Math.max(...(body.match(/\.\d+/g) ?? []).map((fraction) => fraction.length - 1));
    expect(decimals).toBeLessThanOrEqual(OUTLINE_PRECISION);
  });

  it('are at least a tenth smaller than the built geometry', () => {
    expect(JSON.stringify(served).length).toBeLessThan(0.9 * JSON.stringify({ type: 'FeatureCollection', features: article.places }).length);
  });

  it('keep every place, its properties, its label point inside and its area within 0.5 %', () => {
    expect(served.features.map((f) => f.id)).toEqual(article.places.map((p) => p.id));
    for (const built of article.places) {
      const place = servedById.get(built.id)!;
      expect(place.properties, built.id).toEqual(built.properties);
      if (built.geometry.type === 'Point') {
        expect(place.geometry, built.id).toEqual(built.geometry);
        continue;
      }
      expect(booleanPointInPolygon(built.properties.labelPoint, place.geometry as typeof built.geometry & { type: 'Polygon' | 'MultiPolygon' }), built.id).toBe(true);
      const builtKm2 = area(built.geometry) / 1e6;
      expect(Math.abs(area(place.geometry) / 1e6 - builtKm2) / builtKm2, built.id).toBeLessThan(0.005);
    }
  });
});
