import type { Lang } from '../article/types';

/**
 * The classroom's own downloads, beside the contract's places.geojson/.kml/.csv: one file per
 * language where the names follow the language, so that they are plain files in a static export
 * too (a static server cannot answer `?lang=`). Each is `/api/articles/{articleId}/{file}`.
 */
export const classroomFiles = {
  /** GeoJSON with `name` a plain string in the language, and `name_nb`, `name_en`. */
  flatGeojson: (lang: Lang) => `places.${lang}.geojson`,
  /** KML with the names in the language, styled per kind of place. */
  kml: (lang: Lang) => `places.${lang}.kml`,
  /** The contract's places.csv for Excel set to Norwegian: semicolons, decimal commas, a byte-order mark. */
  excelCsv: () => 'places.excel.csv',
  /** The place-facts table, in the language; RFC 4180 or for Norwegian Excel. */
  factsCsv: (lang: Lang, excel = false) => `facts.${lang}${excel ? '.excel' : ''}.csv`,
  /** The worksheet's map: the static map with a labelled graticule and the names its questions need. */
  worksheetMap: (lang: Lang) => `worksheet-map.${lang}.svg`,
} as const;

/** The URL of one of them. @example classroomFileUrl('crocus-2024', 'places.en.geojson') // → '/api/articles/crocus-2024/places.en.geojson' */
export const classroomFileUrl = (articleId: string, file: string) => `/api/articles/${articleId}/${file}`;
