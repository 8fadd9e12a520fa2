import type { ArticleBundle } from '@/app/_lib/article/types';
import { firstViewBbox, fitView } from '@/app/_lib/map/firstView';
import { markerScale } from '@/app/_lib/map/markerSize';
import { pictureViewSettings, watchPictureView } from './pictureView';

/**
 * The script that places the map's picture (`MapPicture`) as soon as the page is parsed: the
 * sources of `watchPictureView`, `fitView` and `markerScale`, called on the picture. At the end of
 * the page, so that the map has its size when it runs and the parser is not held up by it: the
 * picture stays hidden until it is placed. A server component: the browser never renders it again.
 */
export default function MapPictureScript({ article }: { article: ArticleBundle }) {
  const settings = pictureViewSettings(firstViewBbox(article.places, article.events));
  const source = `(${watchPictureView.toString()})(document.querySelector('[data-map-picture]'),${fitView.toString()},${markerScale.toString()},${JSON.stringify(settings)})`;
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
