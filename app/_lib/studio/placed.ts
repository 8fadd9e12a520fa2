/**
 * A place no gazetteer has (a station, a mountain pass, a plateau), placed by the desk: its names,
 * a point clicked on the map or typed, and the source the desk took the point from. It becomes a
 * candidate like the gazetteer's, so the review adds its mentions the same way. Pure, for the browser.
 */
import type { PlaceRecord } from '../article/schema';
import { slugify } from '../authoring/ids';
import type { Candidate } from './candidates';

export type PlacedKind = Extract<PlaceRecord['kind'], 'city' | 'site'>;
export const PLACED_KINDS: readonly PlacedKind[] = ['city', 'site'];

export interface Placement {
  nameNb: string;
  nameEn: string;
  kind: PlacedKind;
  /** [lon, lat]; null until the desk clicks the map or types both. */
  point: [number, number] | null;
  sourceTitle: string;
  sourceUrl: string;
}

export type PlacementField = 'nameNb' | 'nameEn' | 'point' | 'sourceTitle' | 'sourceUrl';
export type PlacementProblem = 'empty' | 'noPoint' | 'badUrl';

/** What keeps a placement from becoming a place, by field; empty when it can. */
export function placementProblems(placement: Placement): Partial<Record<PlacementField, PlacementProblem>> {
  const problems: Partial<Record<PlacementField, PlacementProblem>> = {};
  if (!placement.nameNb.trim()) problems.nameNb = 'empty';
  if (!placement.nameEn.trim()) problems.nameEn = 'empty';
  const [lon, lat] = placement.point ?? [NaN, NaN];
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) problems.point = 'noPoint';
  if (!placement.sourceTitle.trim()) problems.sourceTitle = 'empty';
  if (placement.sourceUrl.trim() && !URL.canParse(placement.sourceUrl.trim())) problems.sourceUrl = 'badUrl';
  return problems;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The placement as a candidate for a mention: a point place whose source is the desk's. Call only without problems. */
export function placedCandidate(placement: Placement, lang: 'nb' | 'en'): Candidate {
  const [lon, lat] = placement.point!;
  const coordinates: [number, number] = [round(lon), round(lat)];
  const name = { nb: placement.nameNb.trim(), en: placement.nameEn.trim() };
  const url = placement.sourceUrl.trim();
  const place: PlaceRecord = {
    id: slugify(name.nb),
    name,
    kind: placement.kind,
    featured: false,
    geometry: { source: 'point', coordinates },
    source: { title: placement.sourceTitle.trim(), ...(url ? { url } : {}) },
  };
  return { label: name[lang], coordinates, place };
}
