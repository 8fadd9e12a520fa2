import type { ArticleBundle, Lang } from '../article/types';
import { GEOJSON_TYPE } from '../http/responses';
import { SVG_TYPE } from '../staticmap/http';
import { NORWEGIAN_EXCEL, placesCsv, RFC4180 } from './csv';
import { classroomFiles } from './classroomFiles';
import { CSV_TYPE, KML_TYPE } from './download';
import { factsCsv } from './factsCsv';
import { flatPlacesCollection } from './geojsonFlat';
import { placesKml } from './kml';
import { basemapCountries } from './basemapCountries';
import { lessonOf } from './serverLesson';
import { countriesToName, worksheetMapSvg } from './worksheetMap';

/** A classroom file's body and type. */
export interface ClassroomFileBody {
  body: string;
  contentType: string;
}

const LANGS: readonly Lang[] = ['nb', 'en'];

function worksheetMap(article: ArticleBundle, lang: Lang): string {
  const sites = lessonOf(article).borders.map((b) => ({ name: b.site.name[lang], coordinates: [b.site.coordinates[0] ?? 0, b.site.coordinates[1] ?? 0] as [number, number] }));
  return worksheetMapSvg(article, lang, { countries: countriesToName(article, basemapCountries()), sites });
}

/** Every classroom file by its name, made on demand. Server-only (it reads the basemap). */
export const CLASSROOM_FILE_BODIES: Record<string, (article: ArticleBundle) => ClassroomFileBody> = Object.fromEntries([
  ...LANGS.flatMap((lang) => [
    [classroomFiles.flatGeojson(lang), (article: ArticleBundle) => ({ body: JSON.stringify(flatPlacesCollection(article, lang)), contentType: GEOJSON_TYPE })],
    [classroomFiles.kml(lang), (article: ArticleBundle) => ({ body: placesKml(article, lang), contentType: KML_TYPE })],
    [classroomFiles.factsCsv(lang), (article: ArticleBundle) => ({ body: factsCsv(lessonOf(article), lang, RFC4180), contentType: CSV_TYPE })],
    [classroomFiles.factsCsv(lang, true), (article: ArticleBundle) => ({ body: factsCsv(lessonOf(article), lang, NORWEGIAN_EXCEL), contentType: CSV_TYPE })],
    [classroomFiles.worksheetMap(lang), (article: ArticleBundle) => ({ body: worksheetMap(article, lang), contentType: SVG_TYPE })],
  ]),
  [classroomFiles.excelCsv(), (article: ArticleBundle) => ({ body: placesCsv(article, NORWEGIAN_EXCEL), contentType: CSV_TYPE })],
]);
