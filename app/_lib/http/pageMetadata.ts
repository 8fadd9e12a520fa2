import type { Metadata } from 'next';
import { apiPaths } from '../article/apiPaths';
import type { ArticleBundle, Lang } from '../article/types';
import { messagesFor } from '../i18n/messages';
import { isStaticExport } from './staticExport';
import { siteOrigin } from './siteOrigin';

interface PageView {
  article: ArticleBundle;
  lang: Lang;
  /** The page's path and query, as a reader would share it: `/?place=kabul`, `/places/kabul`. */
  path: string;
  placeId?: string | null;
  title?: string;
}

/**
 * What every page says about itself to link previews and embedders: the static map of its view
 * as the social card (og:image), and where to ask for its embed code (oEmbed discovery).
 */
export async function pageMetadata({ article, lang, path, placeId, title }: PageView): Promise<Metadata> {
  const origin = siteOrigin();
  const t = messagesFor(lang);
  const pageTitle = title ?? `${article.title[lang]} – ${t.appName}`;
  const pageUrl = `${origin}${path}`;
  const image = {
    url: `${origin}${apiPaths.mapImage(article.id, 'png', { placeId, lang })}`,
    width: 1200,
    height: 630,
    alt: t.staticMapAlt,
  };
  return {
    title: pageTitle,
    description: t.description,
    openGraph: { type: 'article', title: pageTitle, description: t.description, url: pageUrl, images: [image], locale: lang === 'nb' ? 'nb_NO' : 'en_GB' },
    twitter: { card: 'summary_large_image', title: pageTitle, description: t.description, images: [image.url] },
    alternates: {
      canonical: pageUrl,
      // oEmbed answers from the server only; a static export has no endpoint to point to.
      ...(isStaticExport() ? {} : { types: { 'application/json+oembed': [{ url: `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`, title: pageTitle }] } }),
    },
  };
}
