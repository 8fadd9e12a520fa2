/** The first article: `/`, `/embed`, `/places/{id}` and `/classroom` serve it forever (shared/CONTRACT.md). */
export const DEFAULT_ARTICLE_ID = 'crocus-2024';
