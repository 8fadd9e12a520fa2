// Reads places.json and checks the part of it that the geometry build needs.
import { readFileSync } from 'node:fs';

export type PlaceKind = 'city' | 'site' | 'region' | 'country' | 'macro-region';

export type GeometryRecipe =
  | { source: 'geonames' | 'point'; coordinates: [number, number] }
  | { source: 'world-atlas'; iso: string }
  | { source: 'admin1'; iso_3166_2: string }
  | { source: 'union'; members: string[]; memberNames: string[] };

export interface PlaceInput {
  id: string;
  kind: PlaceKind;
  countryIso?: string;
  geometry: GeometryRecipe;
}

/** A problem with one place of places.json; the message names the file, the place and the problem. */
export class PlaceError extends Error {
  constructor(file: string, placeId: string, problem: string) {
    super(`${file}: place "${placeId}": ${problem}`);
    this.name = 'PlaceError';
  }
}

const KINDS: readonly string[] = ['city', 'site', 'region', 'country', 'macro-region'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function recipeOf(raw: unknown, fail: (problem: string) => never): GeometryRecipe {
  if (!isRecord(raw)) return fail('geometry is missing or not an object');
  switch (raw.source) {
    case 'geonames':
    case 'point': {
      const c = raw.coordinates;
      const ok = Array.isArray(c) && c.length === 2 && c.every((n) => typeof n === 'number' && Number.isFinite(n));
      const [lon, lat] = ok ? (c as [number, number]) : [NaN, NaN];
      if (!ok || Math.abs(lon) > 180 || Math.abs(lat) > 90) return fail(`geometry.coordinates is not a [lon, lat] pair: ${JSON.stringify(c)}`);
      return { source: raw.source, coordinates: [lon, lat] };
    }
    case 'world-atlas':
      if (typeof raw.iso !== 'string' || !/^\d{3}$/.test(raw.iso)) return fail(`geometry.iso is not a 3-digit ISO 3166-1 numeric code: ${JSON.stringify(raw.iso)}`);
      return { source: 'world-atlas', iso: raw.iso };
    case 'admin1':
      if (typeof raw.iso_3166_2 !== 'string' || raw.iso_3166_2 === '') return fail('geometry.iso_3166_2 is missing');
      return { source: 'admin1', iso_3166_2: raw.iso_3166_2 };
    case 'union': {
      const memberNames = raw.memberNames ?? [];
      if (!isStringArray(raw.members) || !isStringArray(memberNames)) return fail('geometry.members / memberNames must be lists of strings');
      if (raw.members.length + memberNames.length === 0) return fail('geometry.members is empty');
      return { source: 'union', members: raw.members, memberNames };
    }
    default:
      return fail(`unknown geometry.source ${JSON.stringify(raw.source)}`);
  }
}

/** The places of a places.json file, in file order, or a PlaceError for the first bad one. */
export function readPlaces(path: string, fileLabel: string): PlaceInput[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(data) || !Array.isArray(data.places)) throw new Error(`${fileLabel}: has no "places" list`);
  const seen = new Set<string>();
  return data.places.map((raw: unknown, index: number) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
    const fail = (problem: string): never => {
      throw new PlaceError(fileLabel, id, problem);
    };
    if (!isRecord(raw) || typeof raw.id !== 'string') return fail('has no string id');
    if (seen.has(id)) fail('id is used twice');
    seen.add(id);
    if (typeof raw.kind !== 'string' || !KINDS.includes(raw.kind)) return fail(`unknown kind ${JSON.stringify(raw.kind)}`);
    const place: PlaceInput = { id, kind: raw.kind as PlaceKind, geometry: recipeOf(raw.geometry, fail) };
    if (typeof raw.countryIso === 'string') place.countryIso = raw.countryIso;
    return place;
  });
}
