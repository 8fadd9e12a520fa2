import type { ArticleBundle } from '../article/types';

/** The columns of places.csv (shared/CONTRACT.md): the label point, the names, the counts. */
export const CSV_COLUMNS = ['id', 'name_nb', 'name_en', 'kind', 'lon', 'lat', 'mentionCount', 'eventCount', 'paragraphCount'] as const;

/**
 * How a CSV is written: RFC 4180 (a comma, numbers with a decimal point), or as Excel set to
 * Norwegian reads it when the file is opened with a double click (a semicolon between fields, a
 * decimal comma, and a UTF-8 byte-order mark so that "Tadsjikistan" and "Ø" come through).
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

export const RFC4180: CsvDialect = { separator: ',', decimal: '.', bom: false };
export const NORWEGIAN_EXCEL: CsvDialect = { separator: ';', decimal: ',', bom: true };

/**
 * One CSV field: quoted when it holds the separator, a double quote, CR or LF, with each double
 * quote doubled. Numbers are written as JavaScript writes them, with the dialect's decimal sign.
 * @example csvField('Washington, D.C.') // → '"Washington, D.C."'
 * @example csvField('say "hi"') // → '"say ""hi"""'
 * @example csvField(37.6, NORWEGIAN_EXCEL) // → '37,6'
 */
export function csvField(value: string | number, dialect: CsvDialect = RFC4180): string {
  const text = typeof value === 'number' ? String(value).replace('.', dialect.decimal) : value;
  const special = dialect.separator === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text: CRLF after every record, the header first. */
export function csvText(rows: readonly (readonly (string | number)[])[], dialect: CsvDialect = RFC4180): string {
  const body = rows.map((row) => row.map((field) => csvField(field, dialect)).join(dialect.separator) + '\r\n').join('');
  return dialect.bom ? `\ufeff${body}` : body;
}

/**
 * The article's places as CSV: one row per place, in the article's order, for spreadsheets and
 * GIS tools (lon/lat are the label point: the city, or a point inside the area). RFC 4180 unless
 * told otherwise (`NORWEGIAN_EXCEL`).
 */
export function placesCsv(article: ArticleBundle, dialect: CsvDialect = RFC4180): string {
  const rows = article.places.map((place) => {
    const p = place.properties;
    const [lon, lat] = p.labelPoint;
    return [place.id, p.name.nb, p.name.en, p.kind, lon, lat, p.mentionCount, p.eventIds.length, p.paragraphIds.length];
  });
  return csvText([CSV_COLUMNS, ...rows], dialect);
}
