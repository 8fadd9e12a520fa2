// Run before `next build` and `next dev` (package.json): writes each article's places.geojson into
// public/static-api/, which `next start` serves as a static file (config/publicApiFiles.js says why).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesCollection } from '../app/_lib/article/outlines';
import { getArticle, listArticleIds } from '../app/_lib/article/repository';
import { PUBLIC_API_DIR } from '../config/publicApiFiles.js';

const root = join(process.cwd(), 'public', PUBLIC_API_DIR);
rmSync(root, { recursive: true, force: true });
for (const id of listArticleIds()) {
  mkdirSync(join(root, id), { recursive: true });
  writeFileSync(join(root, id, 'places.geojson'), JSON.stringify(placesCollection(getArticle(id)!)));
}
console.log(`public/${PUBLIC_API_DIR}: places.geojson of ${listArticleIds().length} article(s)`);
