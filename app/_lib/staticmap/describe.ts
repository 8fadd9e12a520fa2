import type { ArticleBundle, Lang } from '../article/types';
import { shortSiteName } from '../map/sites';
import { byPriority } from './marks';
import type { ViewFocus } from './view';

/** "a, b og c" / "a, b and c". */
function listOf(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${names.at(-1)}`;
}

/**
 * What a static map of a view shows, in words, for its `<desc>` and the page's `og:image:alt`:
 * the event and where it happened, the place it is centred on, or the places of the whole story.
 * @example describeView(article, 'en', { place: kabul }) // → 'Map centred on Kabul, from the article “…”.'
 */
export function describeView(article: ArticleBundle, lang: Lang, { place, event }: ViewFocus = {}): string {
  const title = lang === 'nb' ? `«${article.title.nb}»` : `“${article.title.en}”`;
  if (event) {
    const sites = [...(event.site ? [event.site] : []), ...(event.relatedSites ?? [])].map((site) => shortSiteName(site.name[lang]));
    const where = sites.length > 0 ? (lang === 'nb' ? `, med stedet markert: ${listOf(sites, lang)}` : `, marking where: ${listOf(sites, lang)}`) : '';
    return lang === 'nb' ? `Kart over hendelsen «${event.title.nb}»${where}. Fra artikkelen ${title}.` : `Map of the event “${event.title.en}”${where}. From the article ${title}.`;
  }
  if (place) {
    const name = place.properties.name[lang];
    return lang === 'nb' ? `Kart med ${name} i midten, fra artikkelen ${title}.` : `Map centred on ${name}, from the article ${title}.`;
  }
  const featured = article.places.filter((p) => p.properties.featured);
  const names = (featured.length > 0 ? featured : article.places).toSorted(byPriority(undefined)).slice(0, 8).map((p) => p.properties.name[lang]);
  return lang === 'nb' ? `Kart over stedene artikkelen ${title} nevner: ${listOf(names, lang)}.` : `Map of the places the article ${title} names: ${listOf(names, lang)}.`;
}
