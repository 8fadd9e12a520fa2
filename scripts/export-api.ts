// Part of `npm run build:static`: writes the API into out/ as plain files, after `next build` has
// written the pages. URLs that are both a resource and a folder (/api/articles,
// /api/articles/{id}) become {url}/index.json; a static server maps them (README, "Static export").
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getArticle, listArticleIds, listArticles } from '../app/_lib/article/repository';
import { placesCsv } from '../app/_lib/classroom/csv';
import { placesKml } from '../app/_lib/classroom/kml';
import { CLASSROOM_FILE_BODIES } from '../app/_lib/classroom/classroomFileBodies';
import { mapPng, mapSvg } from '../app/_lib/staticmap/http';
import { placesCollection } from '../app/_lib/article/outlines';
import { articleView, eventsView, placeDetail, placeMarkersCollection } from '../app/_lib/article/views';
import { PUBLIC_API_DIR } from '../config/publicApiFiles.js';
import { PAGE_FILES_DIR } from '../config/pageFiles.js';

const out = join(process.cwd(), 'out');

function write(path: string, body: string | Buffer): void {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

const json = (value: unknown) => JSON.stringify(value);

async function main(): Promise<void> {
  if (!existsSync(join(out, 'index.html'))) throw new Error('out/index.html is missing: run `STATIC_EXPORT=1 next build` first.');
  // next build copied public/ into out/, with the copy `next start` serves places.geojson from
  // (config/publicApiFiles.js); here that file is written at the API's own URL instead. The pages
  // `next start` serves as files (config/pageFiles.js) are in out/ as pages already.
  rmSync(join(out, PUBLIC_API_DIR), { recursive: true, force: true });
  rmSync(join(out, PAGE_FILES_DIR), { recursive: true, force: true });
  let files = 0;
  const put = (path: string, body: string | Buffer) => {
    write(path, body);
    files += 1;
  };

  put('api/articles/index.json', json({ articles: listArticles() }));
  for (const id of listArticleIds()) {
    const article = getArticle(id)!;
    const base = `api/articles/${id}`;
    put(`${base}/index.json`, json(articleView(article)));
    put(`${base}/places.geojson`, json(placesCollection(article)));
    put(`${base}/markers.geojson`, json(placeMarkersCollection(article)));
    put(`${base}/places.kml`, placesKml(article));
    put(`${base}/places.csv`, placesCsv(article));
    for (const [file, make] of Object.entries(CLASSROOM_FILE_BODIES)) put(`${base}/${file}`, make(article).body);
    put(`${base}/events.json`, json(eventsView(article)));
    // The overview map; a static server ignores `?place=`, so every page's og:image shows it. In
    // English too: nginx serves map.en.svg for `?lang=en` (config/pageRewrites.js).
    put(`${base}/map.svg`, mapSvg(article, { lang: 'nb' }));
    put(`${base}/map.png`, await mapPng(article, { lang: 'nb' }));
    put(`${base}/map.en.svg`, mapSvg(article, { lang: 'en' }));
    put(`${base}/map.en.png`, await mapPng(article, { lang: 'en' }));
    for (const place of article.places) put(`${base}/places/${place.id}`, json(placeDetail(article, place.id)));
  }
  copyFileSync(join(process.cwd(), 'node_modules/pym.js/dist/pym.v1.min.js'), join(out, 'pym.v1.min.js'));
  files += 1;
  console.log(`export-api: wrote ${files} files to out/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
