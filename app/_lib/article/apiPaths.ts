/** The API's URLs (shared/CONTRACT.md), in one place for the server page and the client hooks. */
export const apiPaths = {
  articles: () => '/api/articles',
  article: (articleId: string) => `/api/articles/${articleId}`,
  places: (articleId: string) => `/api/articles/${articleId}/places.geojson`,
  placeMarkers: (articleId: string) => `/api/articles/${articleId}/markers.geojson`,
  place: (articleId: string, placeId: string) => `/api/articles/${articleId}/places/${placeId}`,
  events: (articleId: string) => `/api/articles/${articleId}/events.json`,
  /** The static map image of a view: the whole article, one place or one event, labelled in `lang`. */
  mapImage: (articleId: string, format: 'svg' | 'png', view: { placeId?: string | null; eventId?: string | null; lang?: 'nb' | 'en' } = {}) => {
    const query = new URLSearchParams();
    if (view.placeId) query.set('place', view.placeId);
    if (view.eventId) query.set('event', view.eventId);
    if (view.lang && view.lang !== 'nb') query.set('lang', view.lang);
    const search = query.toString();
    return `/api/articles/${articleId}/map.${format}${search ? `?${search}` : ''}`;
  },
};
