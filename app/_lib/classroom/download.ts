/** HTTP answers for the classroom's downloads: a text file with CORS, cacheable like the JSON API. */

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const KML_TYPE = 'application/vnd.google-earth.kml+xml; charset=utf-8';

/**
 * A file to download or to read from any origin. `inline` with a file name: a browser shows or
 * saves it as the reader chooses, and a saved copy gets a name that says what it is.
 */
export function downloadResponse(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Content-Type': contentType,
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
    },
  });
}

/** The file name of an article's download: `crocus-2024-places.csv`. */
export const downloadName = (articleId: string, extension: 'csv' | 'kml') => `${articleId}-places.${extension}`;
