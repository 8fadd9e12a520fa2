import { z } from 'zod';

/** Schemas of the files in data/articles/{id}/. They describe the files, not the API output. */

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const localized = z.object({ nb: nonEmpty, en: nonEmpty }).strict();
const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const lonLat = z.tuple([longitude, latitude]);
const source = z.object({ title: nonEmpty, url: z.url().optional() }).strict();
const isoNumeric = z.string().regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code such as "643"');

/** Ids an article cannot take: `/articles/articles` would be served by the index of all articles. */
export const RESERVED_ARTICLE_IDS: readonly string[] = ['articles'];

export const articleFileSchema = z
  .object({
    id: slug.refine((id) => !RESERVED_ARTICLE_IDS.includes(id), 'is reserved: /articles is the index of all articles'),
    lang: z.enum(['nb', 'en']),
    title: localized,
    published: isoDate,
    textFile: nonEmpty,
    source,
  })
  .strict();

const geometryRecipe = z.discriminatedUnion('source', [
  z.object({ source: z.literal('geonames'), coordinates: lonLat }).strict(),
  // A point the desk placed itself, for a place no gazetteer has (a station, a mountain pass): the place's source says where it is from.
  z.object({ source: z.literal('point'), coordinates: lonLat }).strict(),
  z.object({ source: z.literal('world-atlas'), iso: isoNumeric }).strict(),
  z.object({ source: z.literal('admin1'), iso_3166_2: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/) }).strict(),
  z
    .object({ source: z.literal('union'), members: z.array(isoNumeric).min(1), memberNames: z.array(nonEmpty).optional() })
    .strict(),
]);

export const placeRecordSchema = z
  .object({
    id: slug,
    name: localized,
    kind: z.enum(['city', 'site', 'region', 'country', 'macro-region']),
    featured: z.boolean(),
    countryIso: isoNumeric.optional(),
    geometry: geometryRecipe,
    definition: nonEmpty.optional(),
    note: localized.optional(),
    source,
  })
  .strict();
export const placesFileSchema = z.object({ places: z.array(placeRecordSchema).min(1) }).strict();

export const translationFileSchema = z
  .object({ paragraphs: z.array(z.object({ id: z.string().regex(/^p\d+$/), en: nonEmpty }).strict()) })
  .strict();

const eventSite = z
  .object({ name: localized, coordinates: lonLat, precision: z.enum(['building', 'site', 'village', 'city', 'region']) })
  .strict();

export const eventRecordSchema = z
  .object({
    id: slug,
    date: z.object({ start: isoDate, end: isoDate.optional(), precision: z.enum(['day', 'month', 'year']) }).strict(),
    title: localized,
    summary: localized,
    status: z.enum(['confirmed', 'claimed', 'alleged', 'disputed', 'unverified']),
    placeIds: z.array(slug).min(1, 'needs at least one place'),
    evidence: z.array(z.object({ paragraphId: z.string().regex(/^p\d+$/), quote: nonEmpty }).strict()).min(1, 'needs at least one paragraph'),
    site: eventSite.optional(),
    relatedSites: z.array(eventSite.extend({ role: z.enum(['arrest', 'origin', 'target']) })).optional(),
    note: localized.optional(),
    sources: z.array(source).min(1, 'needs at least one source'),
  })
  .strict();
export const eventsFileSchema = z.object({ events: z.array(eventRecordSchema) }).strict();

const polygonRing = z.array(lonLat).min(4, 'a ring needs at least four positions');
export const geometryFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: slug,
    geometry: z.discriminatedUnion('type', [
      z.object({ type: z.literal('Point'), coordinates: lonLat }),
      z.object({ type: z.literal('Polygon'), coordinates: z.array(polygonRing).min(1) }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(polygonRing).min(1)).min(1) }),
    ]),
    properties: z.object({ labelPoint: lonLat, geometrySource: nonEmpty }),
  });
export const geometryFileSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(geometryFeatureSchema) });

export type ArticleFile = z.infer<typeof articleFileSchema>;
export type PlaceRecord = z.infer<typeof placeRecordSchema>;
export type EventRecord = z.infer<typeof eventRecordSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
export type GeometryFile = z.infer<typeof geometryFileSchema>;

const mentionSpan = {
  paragraphId: z.string().regex(/^p\d+$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string().min(1, 'must not be empty'),
};
/** mentions.json (optional): an editor's corrections to the mentions the geoparser and linker find. */
export const mentionsFileSchema = z
  .object({
    added: z.array(z.object({ ...mentionSpan, placeId: slug }).strict()),
    rejected: z.array(z.object(mentionSpan).strict()),
  })
  .strict();
export type MentionsFile = z.infer<typeof mentionsFileSchema>;
