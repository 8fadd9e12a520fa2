import type { ArticleBundle } from '@/app/_lib/article/types';
import { firstViewBbox, fitView } from '@/app/_lib/map/firstView';
import { markerScale } from '@/app/_lib/map/markerSize';
import { pictureViewSettings, watchPictureView } from './pictureView';

/**
 * The script that places the map's picture (`MapPicture`) as the page is parsed: the sources of
 * `watchPictureView`, `fitView` and `markerScale`, called on the picture. Put right after the map
 * and what shares its column (the timeline), where the map has its size: before the page's own
 * scripts have run, whenever they do. The picture stays hidden until it is placed. A server
 * component: the browser never renders it again.
 */
export default function MapPictureScript({ article }: { article: ArticleBundle }) {
  const settings = pictureViewSettings(firstViewBbox(article.places, article.events));
  const source = `(${watchPictureView.toString()})(document.querySelector('[data-map-picture]'),${fitView.toString()},${markerScale.toString()},${JSON.stringify(settings)})`;
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
