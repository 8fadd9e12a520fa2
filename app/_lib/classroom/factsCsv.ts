import type { Lang } from '../article/types';
import { classroomMessagesFor } from '../i18n/classroomMessages';
import { messagesFor } from '../i18n/messages';
import { toDms, formatDms } from './dms';
import { csvText, RFC4180, type CsvDialect } from './csv';
import type { Lesson } from './lesson';

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The classroom's place-facts table as CSV, in the page's language: the place, its kind, area,
 * the country it lies in, its coordinates (decimal, and degrees-minutes-seconds), and its
 * distance from the reference city with how that was measured (to the city, to the nearest border
 * point, or inside). Numbers are plain numbers (km², km, degrees) so that a spreadsheet can sum them.
 */
export function factsCsv(lesson: Pick<Lesson, 'places' | 'facts' | 'referenceId'>, lang: Lang, dialect: CsvDialect = RFC4180): string {
  const t = classroomMessagesFor(lang);
  const kinds = messagesFor(lang).kind;
  const names = new Map(lesson.places.map((p) => [p.id, p.properties.name[lang]]));
  const reference = lesson.referenceId ? (names.get(lesson.referenceId) ?? lesson.referenceId) : '';
  // Column names a spreadsheet and GIS tool take as they are: lower case, no spaces.
  const header = ['id', t.csvName, t.csvKind, t.csvArea, t.csvCountry, t.csvLat, t.csvLon, t.csvLatDms, t.csvLonDms, t.csvKmFrom(reference.toLocaleLowerCase()), t.csvMeasuredTo];
  const rows = lesson.facts.map((fact) => {
    const [lon = 0, lat = 0] = fact.point;
    return [
      fact.id,
      names.get(fact.id) ?? fact.id,
      kinds[fact.kind],
      fact.areaKm2 === null ? '' : Math.round(fact.areaKm2),
      fact.country?.name[lang] ?? '',
      round(lat, 5),
      round(lon, 5),
      formatDms(toDms(lat, 'lat'), t.hemispheres),
      formatDms(toDms(lon, 'lon'), t.hemispheres),
      fact.kmToReference === null ? '' : round(fact.kmToReference, 1),
      fact.measuredTo === null ? '' : t.measuredTo[fact.measuredTo],
    ];
  });
  return csvText([header, ...rows], dialect);
}
