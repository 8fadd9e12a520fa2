// Serialising, validating and measuring the GeoJSON files the build writes.
import { check } from '@placemarkio/check-geojson';
import type { Feature, FeatureCollection } from 'geojson';
import { gzipSync } from 'node:zlib';

/**
 * A FeatureCollection as text: one feature per line, keys in the order they were built,
 * so the same input always gives the same bytes.
 */
export function serializeCollection(features: Feature[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The text, after @placemarkio/check-geojson has accepted it; throws naming the file otherwise. */
export function checkedGeoJson(file: string, text: string): string {
  try {
    const parsed = check(text) as FeatureCollection;
    if (parsed.type !== 'FeatureCollection') throw new Error('not a FeatureCollection');
  } catch (error) {
    throw new Error(`${file}: invalid GeoJSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return text;
}

export interface Sizes {
  raw: number;
  gzip: number;
}

/** Bytes of the text and of its gzip (zlib's default level, as Node's gzipSync and most servers use). */
export function sizesOf(text: string): Sizes {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
