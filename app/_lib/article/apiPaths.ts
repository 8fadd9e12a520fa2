/** The API's URLs (shared/CONTRACT.md), in one place for the server page and the client hooks. */
export const apiPaths = {
  articles: () => '/api/articles',
  article: (articleId: string) => `/api/articles/${articleId}`,
  places: (articleId: string) => `/api/articles/${articleId}/places.geojson`,
  placeMarkers: (articleId: string) => `/api/articles/${articleId}/markers.geojson`,
  place: (articleId: string, placeId: string) => `/api/articles/${articleId}/places/${placeId}`,
  events: (articleId: string) => `/api/articles/${articleId}/events.json`,
};
