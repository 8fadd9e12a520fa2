// Part of `npm run build:static`, after `next build` has written the pages by language and view
// (out/nb/crocus-2024/all.html, config/pageRewrites.js). nginx maps each public URL to its file;
// a host that cannot map a query still serves the public paths themselves: each gets a copy of its
// default view (Norwegian, nothing selected), and the browser applies the query after loading.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getArticle, listArticleIds } from '../app/_lib/article/repository';
import { publicPath, type PublicPage } from '../app/_lib/http/pageRoutes';

const out = join(process.cwd(), 'out');

/** The file nginx serves for a public path (`/places/kabul` → places/kabul.html, `/` → index.html). */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

function defaultView(page: PublicPage): string {
  const root = `nb/${page.articleId}`;
  switch (page.kind) {
    case 'dashboard':
      return `${root}/all.html`;
    case 'embed':
      return `${root}/all/embed/light.html`;
    case 'place':
      return `${root}/places/${page.placeId}.html`;
    case 'classroom':
      return `${root}/classroom.html`;
  }
}

function main(): void {
  let files = 0;
  for (const articleId of listArticleIds()) {
    const article = getArticle(articleId)!;
    const pages: PublicPage[] = [
      { kind: 'dashboard', articleId },
      { kind: 'embed', articleId },
      { kind: 'classroom', articleId },
      ...article.places.map((place): PublicPage => ({ kind: 'place', articleId, placeId: place.id })),
    ];
    for (const page of pages) {
      const source = join(out, defaultView(page));
      if (!existsSync(source)) throw new Error(`${defaultView(page)} is missing from out/: run \`STATIC_EXPORT=1 next build\` first.`);
      const target = join(out, fileOf(publicPath(page)));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      files += 1;
    }
  }
  // The index of articles (`/articles`, prerendered as nb/articles.html and en/articles.html), in Norwegian.
  copyFileSync(join(out, 'nb', 'articles.html'), join(out, 'articles.html'));
  files += 1;
  console.log(`export-pages: wrote ${files} files to out/`);
}

main();
