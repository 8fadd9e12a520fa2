import type { Metadata } from 'next';
import { apiPaths } from '../article/apiPaths';
import type { ArticleBundle, Lang } from '../article/types';
import { messagesFor } from '../i18n/messages';
import { describeView } from '../staticmap/describe';
import { isStaticExport } from './staticExport';
import { siteOrigin } from './siteOrigin';

interface PageView {
  article: ArticleBundle;
  lang: Lang;
  /** The page's path and query, as a reader would share it: `/?place=kabul`, `/places/kabul`. */
  path: string;
  placeId?: string | null;
  eventId?: string | null;
  title?: string;
}

/**
 * What every page says about itself to link previews and embedders: the static map of its view
 * (place or event) as the social card (og:image, described in words), and where to ask for its
 * embed code (oEmbed discovery).
 */
export async function pageMetadata({ article, lang, path, placeId, eventId, title }: PageView): Promise<Metadata> {
  const origin = siteOrigin();
  const t = messagesFor(lang);
  const pageTitle = title ?? `${article.title[lang]} – ${t.appName}`;
  const pageUrl = `${origin}${path}`;
  const description = t.articleDescription(article.title[lang]);
  const place = article.places.find((p) => p.id === placeId);
  const event = article.events.find((e) => e.id === eventId);
  const image = {
    url: `${origin}${apiPaths.mapImage(article.id, 'png', { placeId: place?.id, eventId: event?.id, lang })}`,
    width: 1200,
    height: 630,
    // The words of the image itself (its <desc>): what this view shows, in the page's language.
    alt: describeView(article, lang, { place, event }),
  };
  return {
    title: pageTitle,
    description,
    openGraph: { type: 'article', title: pageTitle, description, url: pageUrl, images: [image], locale: lang === 'nb' ? 'nb_NO' : 'en_GB' },
    twitter: { card: 'summary_large_image', title: pageTitle, description, images: [image.url] },
    alternates: {
      canonical: pageUrl,
      // oEmbed answers from the server only; a static export has no endpoint to point to.
      ...(isStaticExport() ? {} : { types: { 'application/json+oembed': [{ url: `${origin}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`, title: pageTitle }] } }),
    },
  };
}
