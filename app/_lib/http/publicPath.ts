import { DEFAULT_ARTICLE_ID } from '../article/defaultArticle';

/** The pages' public paths (docs/api.md): the default article's short ones, `/articles/{id}/…` for every article. */

export type PageKind = 'dashboard' | 'embed' | 'place' | 'classroom';

export interface PublicPage {
  kind: PageKind;
  articleId: string;
  /** The place of a place page. */
  placeId?: string;
}

const SLUG = '[a-z0-9][a-z0-9-]{0,63}';

/** The public path of a page: the default article keeps its short URLs forever. */
export function publicPath(page: PublicPage): string {
  const base = page.articleId === DEFAULT_ARTICLE_ID ? '' : `/articles/${page.articleId}`;
  switch (page.kind) {
    case 'dashboard':
      return base || '/';
    case 'embed':
      return `${base}/embed`;
    case 'place':
      return `${base}/places/${page.placeId}`;
    case 'classroom':
      return `${base}/classroom`;
  }
}

/**
 * The page a public path names, or null for a path that is none of ours: the inverse of
 * `publicPath`, for URLs handed back to us (oEmbed). Whether the ids exist is the caller's question.
 * @example parsePublicPath('/articles/ferje/places/bergen') // → { kind: 'place', articleId: 'ferje', placeId: 'bergen' }
 */
export function parsePublicPath(path: string): PublicPage | null {
  const match = new RegExp(`^(?:/articles/(${SLUG}))?(?:/(embed|classroom)|/places/(${SLUG}))?/?$`).exec(path);
  if (!match) return null;
  const [, articleId = DEFAULT_ARTICLE_ID, page, placeId] = match;
  if (placeId) return { kind: 'place', articleId, placeId };
  return { kind: page === 'embed' ? 'embed' : page === 'classroom' ? 'classroom' : 'dashboard', articleId };
}
