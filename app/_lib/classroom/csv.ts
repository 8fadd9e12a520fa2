import type { ArticleBundle } from '../article/types';

/** The columns of places.csv (shared/CONTRACT.md): the label point, the names, the counts. */
export const CSV_COLUMNS = ['id', 'name_nb', 'name_en', 'kind', 'lon', 'lat', 'mentionCount', 'eventCount', 'paragraphCount'] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF, with each
 * double quote doubled. Numbers are written as JavaScript writes them (a dot for decimals).
 * @example csvField('Washington, D.C.') // → '"Washington, D.C."'
 * @example csvField('say "hi"') // → '"say ""hi"""'
 */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as RFC 4180 text: CRLF after every record, the header first. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * The article's places as CSV: one row per place, in the article's order, for spreadsheets and
 * GIS tools (lon/lat are the label point: the city, or a point inside the area).
 */
export function placesCsv(article: ArticleBundle): string {
  const rows = article.places.map((place) => {
    const p = place.properties;
    const [lon, lat] = p.labelPoint;
    return [place.id, p.name.nb, p.name.en, p.kind, lon, lat, p.mentionCount, p.eventIds.length, p.paragraphIds.length];
  });
  return csvText([CSV_COLUMNS, ...rows]);
}
